using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Modeling.Synthetic;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Modeling.Tests.Synthetic;

public class SyntheticPatientTests
{
    private static readonly SyntheticPhase[] Phases = [SyntheticPhase.Arterial, SyntheticPhase.Venous];

    /// <summary>30 proliferative and 30 non-proliferative patients, rendered once for the class-level tests.</summary>
    private static readonly Lazy<IReadOnlyList<SyntheticPatient>> Sample = new(() =>
        Enumerable.Range(0, 60)
            .Select(i => SyntheticPatient.Generate(SyntheticPatientSpec.Draw($"p{i}", 1000 + i, proliferative: i % 2 == 0)))
            .ToList());

    [Fact]
    public void SameSpecificationGivesTheSameVoxels()
    {
        var spec = SyntheticPatientSpec.Draw("a", 5, proliferative: true);
        var first = SyntheticPatient.Generate(spec);
        var second = SyntheticPatient.Generate(SyntheticPatientSpec.Draw("a", 5, proliferative: true));

        foreach (var phase in Phases)
        {
            Assert.True(first.Image(phase).Bytes.SequenceEqual(second.Image(phase).Bytes));
            foreach (var read in Enum.GetValues<MaskRead>())
            {
                Assert.True(first.Mask(phase, read).Bytes.SequenceEqual(second.Mask(phase, read).Bytes));
            }
        }
    }

    [Fact]
    public void GridIsARealisticCtCropWithTheTumourWellInside()
    {
        foreach (var patient in Sample.Value)
        {
            var g = patient.Spec.Geometry;
            Assert.Equal(PixelType.Int16, patient.Arterial.PixelType);
            Assert.Equal(Matrix3.Identity, g.Direction);
            Assert.InRange(g.Spacing.X, 0.70, 0.86);
            Assert.Equal(g.Spacing.X, g.Spacing.Y);
            Assert.Contains(g.Spacing.Z, new[] { 2.5, 5.0 });
            Assert.InRange(g.Size.X, 40, 200);
            Assert.InRange(g.Size.Z, 8, 64);
            Assert.InRange(patient.Spec.Phenotype.DiameterMm, 10, 80);

            foreach (var phase in Phases)
            {
                Assert.Same(g, patient.Image(phase).Geometry);
                var box = RoiMask.FromLabel(patient.Mask(phase, MaskRead.ReaderA), 1).BoundingBox;
                // At least 15 mm of liver on every side, to the voxel: from the outermost tumour voxel centre
                // to the outermost image voxel centre.
                for (var axis = 0; axis < 3; axis++)
                {
                    var (start, count) = axis switch { 0 => (box.X, box.SizeX), 1 => (box.Y, box.SizeY), _ => (box.Z, box.SizeZ) };
                    var marginMm = SyntheticPatientSpec.MinimumMarginMm - g.Spacing[axis];
                    Assert.True(start * g.Spacing[axis] >= marginMm, $"{patient.Spec.Id} {phase} axis {axis} low margin");
                    Assert.True((g.Size[axis] - start - count) * g.Spacing[axis] >= marginMm, $"{patient.Spec.Id} {phase} axis {axis} high margin");
                }
            }
        }
    }

    [Fact]
    public void LiverAndTumourEnhanceLikeHccInBothPhases()
    {
        var tumourMinusLiver = new Dictionary<SyntheticPhase, List<double>> { [SyntheticPhase.Arterial] = [], [SyntheticPhase.Venous] = [] };
        foreach (var patient in Sample.Value)
        {
            foreach (var phase in Phases)
            {
                var image = patient.Image(phase).Voxels<short>().ToArray();
                var mask = patient.Mask(phase, MaskRead.ReaderA).Voxels<byte>().ToArray();
                var liver = MedianOutside(image, mask);
                Assert.InRange(liver, phase == SyntheticPhase.Arterial ? 55 : 95, phase == SyntheticPhase.Arterial ? 85 : 125);
                var tumour = Enumerable.Range(0, image.Length).Where(i => mask[i] != 0).Average(i => (double)image[i]);
                tumourMinusLiver[phase].Add(tumour - liver);
            }
        }

        // Arterial hyperenhancement and portal-venous washout, on average (necrosis makes single tumours vary).
        Assert.True(tumourMinusLiver[SyntheticPhase.Arterial].Average() > 15, $"AP {tumourMinusLiver[SyntheticPhase.Arterial].Average()}");
        Assert.True(tumourMinusLiver[SyntheticPhase.Venous].Average() < -10, $"PVP {tumourMinusLiver[SyntheticPhase.Venous].Average()}");
    }

    [Fact]
    public void NoiseInTheLiverIsTenToFifteenHu()
    {
        foreach (var patient in Sample.Value.Take(10))
        {
            // Differences of voxels two slices apart cancel the smooth anatomy and leave sqrt(2) x noise
            // (the in-plane kernel does not correlate voxels across slices).
            var image = patient.Venous.Voxels<short>();
            var mask = patient.Mask(SyntheticPhase.Venous, MaskRead.ReaderA).Voxels<byte>();
            var size = patient.Venous.Size;
            var plane = size.X * size.Y;
            var differences = new List<double>();
            // Liver +-60 HU (4 noise SDs) leaves out fat and vessels without clipping the noise.
            var liver = patient.Spec.Protocol.LiverVenousHu;
            bool IsLiver(short hu) => Math.Abs(hu - liver) < 60;
            for (var i = 0; i + 2 * plane < image.Length; i += 7)
            {
                if (mask[i] == 0 && mask[i + 2 * plane] == 0 && IsLiver(image[i]) && IsLiver(image[i + 2 * plane]))
                {
                    differences.Add(image[i] - image[i + 2 * plane]);
                }
            }

            var mean = differences.Average();
            var sd = Math.Sqrt(differences.Sum(d => (d - mean) * (d - mean)) / (differences.Count - 1)) / Math.Sqrt(2);
            // The protocol's SD plus parenchymal mottling (4 HU over 12 mm) that does not fully cancel.
            Assert.InRange(sd, patient.Spec.Protocol.NoiseSdHu * 0.9, patient.Spec.Protocol.NoiseSdHu * 1.25);
        }
    }

    [Fact]
    public void ReaderBAndTheRepeatReadDifferFromReaderAButOverlapItStrongly()
    {
        foreach (var patient in Sample.Value)
        {
            foreach (var phase in Phases)
            {
                var a = patient.Mask(phase, MaskRead.ReaderA).Voxels<byte>().ToArray();
                var b = patient.Mask(phase, MaskRead.ReaderB).Voxels<byte>().ToArray();
                var repeat = patient.Mask(phase, MaskRead.ReaderARepeat).Voxels<byte>().ToArray();
                Assert.True(a.Count(v => v != 0) > 50, $"{patient.Spec.Id} has a tiny tumour");
                Assert.All(a.Concat(b).Concat(repeat), v => Assert.True(v <= 1));
                Assert.False(a.SequenceEqual(b), $"{patient.Spec.Id} {phase}: reader B equals reader A");
                Assert.False(b.SequenceEqual(repeat));
                Assert.InRange(Dice(a, b), 0.85, 0.995);
                Assert.InRange(Dice(a, repeat), 0.88, 1.0);
            }
        }
    }

    [Fact]
    public void ProliferativeTumoursAreOnAverageLargerAndMoreHeterogeneousInTheArterialPhase()
    {
        var volume = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
        var spread = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
        foreach (var patient in Sample.Value)
        {
            var image = patient.Arterial.Voxels<short>().ToArray();
            var mask = patient.Mask(SyntheticPhase.Arterial, MaskRead.ReaderA).Voxels<byte>().ToArray();
            var inside = Enumerable.Range(0, image.Length).Where(i => mask[i] != 0).Select(i => (double)image[i]).ToList();
            var mean = inside.Average();
            volume[patient.Spec.Proliferative].Add(inside.Count * patient.Spec.Geometry.VoxelVolume);
            spread[patient.Spec.Proliferative].Add(Math.Sqrt(inside.Sum(v => (v - mean) * (v - mean)) / inside.Count));
        }

        Assert.Equal(30, volume[true].Count);
        // Volumes are log-normal: compare geometric means (the drawn diameter ratio 1.32 cubed is 2.3).
        var ratio = Math.Exp(volume[true].Average(Math.Log) - volume[false].Average(Math.Log));
        Assert.True(ratio > 1.3, $"geometric-mean volume ratio {ratio}");
        Assert.True(spread[true].Average() > spread[false].Average() + 3, $"AP SD {spread[true].Average()} vs {spread[false].Average()} HU");
    }

    [Fact]
    public void VolumesAndMasksAreValidRadiomicsInputs()
    {
        var patient = Sample.Value[0];
        var extractor = new RadiomicsExtractor(ExtractionParameters.Default);
        foreach (var phase in Phases)
        {
            var mask = patient.Mask(phase, MaskRead.ReaderB);
            var result = extractor.Execute(patient.Image(phase), mask, where: patient.Spec.Id);

            Assert.True(result.Features.Count > 100);
            Assert.All(result.Features, f => Assert.True(double.IsFinite(f.Value), f.Key));
            var voxels = mask.Voxels<byte>().ToArray().Count(v => v != 0);
            var voxelVolume = result.Features.Single(f => f.Key == "original_shape_VoxelVolume").Value;
            Assert.Equal(voxels * patient.Spec.Geometry.VoxelVolume, voxelVolume, 1e-9 * voxelVolume);
        }
    }

    [Fact]
    public void AFixedAfpIsKeptAndBadInputIsRefused()
    {
        Assert.Equal(350, SyntheticPatientSpec.Draw("x", 1, proliferative: true, afpNgMl: 350).AfpNgMl);
        Assert.Equal("patient id", Assert.Throws<InvalidInputException>(() => SyntheticPatientSpec.Draw("../x", 1, false)).Where);
        Assert.Equal("AFP", Assert.Throws<InvalidInputException>(() => SyntheticPatientSpec.Draw("x", 1, false, -3)).Where);
    }

    /// <summary>Median HU of the voxels outside the tumour (mostly liver), from a histogram.</summary>
    private static int MedianOutside(short[] image, byte[] mask)
    {
        var counts = new int[4096];
        var n = 0;
        for (var i = 0; i < image.Length; i++)
        {
            if (mask[i] == 0)
            {
                counts[image[i] + 1024]++;
                n++;
            }
        }

        var seen = 0;
        for (var hu = 0; ; hu++)
        {
            seen += counts[hu];
            if (2 * seen >= n)
            {
                return hu - 1024;
            }
        }
    }

    private static double Dice(byte[] a, byte[] b)
    {
        var both = 0;
        var total = 0;
        for (var i = 0; i < a.Length; i++)
        {
            both += a[i] & b[i];
            total += a[i] + b[i];
        }

        return 2.0 * both / total;
    }
}
