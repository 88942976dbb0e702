using System.Buffers.Binary;
using SlicerBridge.Dicom.IO;
using SlicerBridge.Dicom.Segmentation;
using SlicerBridge.Dicom.Series;
using SlicerBridge.Dicom.Tests.Support;
using SlicerBridge.Imaging;
using SlicerBridge.Testing;
using SlicerBridge.Testing.Dicom;

namespace SlicerBridge.Dicom.Tests.IO;

/// <summary>
/// Seeded mutation fuzzing: bit flips, truncations and corrupted length fields of real and synthetic
/// files. Reading, and then assembling or decoding what was read, may only ever end in
/// <see cref="InvalidInputException"/>: never another exception, an allocation beyond the limits or a hang.
/// </summary>
public sealed class DicomReaderFuzzTests
{
    private const int Mutants = 2000;

    [Fact]
    public void MutatedFilesOnlyEverRaiseInvalidInput()
    {
        var sources = Sources();
        var random = new Random(20260228);
        var options = new DicomReaderOptions { MaxFileBytes = 8 << 20, MaxElementBytes = 4 << 20, MaxSequenceDepth = 8, MaxElements = 200_000 };
        var outcomes = new Dictionary<string, int>();
        for (var n = 0; n < Mutants; n++)
        {
            var (name, original) = sources[n % sources.Count];
            var mutant = Mutate(original, random, out var mutation);
            string outcome;
            try
            {
                var file = new DicomReader(options).Read(mutant, name);
                Exercise(file.Dataset);
                outcome = "accepted";
            }
            catch (InvalidInputException)
            {
                outcome = "rejected";
            }
            catch (Exception e)
            {
                Assert.Fail($"mutant {n} of {name} ({mutation}) threw {e.GetType().Name}: {e.Message}");
                throw;
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        // Both outcomes occur: the mutations reach the structure, and harmless ones are still read.
        Assert.True(outcomes.GetValueOrDefault("rejected") > Mutants / 10, $"only {outcomes.GetValueOrDefault("rejected")} rejected");
        Assert.True(outcomes.GetValueOrDefault("accepted") > Mutants / 10, $"only {outcomes.GetValueOrDefault("accepted")} accepted");
    }

    private static List<(string Name, byte[] Bytes)> Sources()
    {
        var sources = new List<(string, byte[])>();
        foreach (var name in new[] { "HCC_001.dcm", "HCC_008_implicit.dcm", "HCC_050_deflated.dcm" })
        {
            sources.Add((name, File.ReadAllBytes(Fixtures.Path("dicom-real", name))));
        }

        var truth = SyntheticStudy.Create(SyntheticPhase.Portal);
        sources.Add(("synthetic implicit slice", truth.Encode()[0]));
        var series = new CtSeriesAssembler().Assemble(truth.ReadBack());
        var seg = SegmentationWriter.CreateBinary(
            series, new RoiMask(series.Volume.Geometry, truth.Tumour),
            new SegmentDescription(1, "Tumour", new DicomCode("4147007", "SCT", "Mass"), new DicomCode("4147007", "SCT", "Mass")));
        sources.Add(("synthetic SEG", new DicomFile(seg).ToBytes()));
        return sources;
    }

    /// <summary>Mostly hits the first 4 KiB, where the structure is; pixel bytes are not interesting.</summary>
    private static byte[] Mutate(byte[] original, Random random, out string mutation)
    {
        var bytes = (byte[])original.Clone();
        int Offset() => random.Next(random.NextDouble() < 0.85 ? Math.Min(bytes.Length, 4096) : bytes.Length);
        switch (random.Next(4))
        {
            case 0:
                var flips = random.Next(1, 9);
                for (var i = 0; i < flips; i++)
                {
                    var at = Offset();
                    bytes[at] ^= (byte)(1 << random.Next(8));
                }

                mutation = $"{flips} bit flips";
                return bytes;
            case 1:
                var length = Offset();
                mutation = $"truncated to {length}";
                return bytes[..length];
            case 2:
                var position = Math.Min(Offset(), bytes.Length - 4);
                uint[] values = [0xFFFFFFFF, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFE, (uint)random.Next(), (uint)random.Next(0, 4096)];
                var value = values[random.Next(values.Length)];
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(position), value);
                mutation = $"uint32 {value:X8} at {position}";
                return bytes;
            default:
                var at16 = Math.Min(Offset(), bytes.Length - 2);
                var value16 = (ushort)random.Next(65536);
                BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at16), value16);
                mutation = $"uint16 {value16:X4} at {at16}";
                return bytes;
        }
    }

    /// <summary>What a loader does next with an accepted file: decode text, assemble the slice, read the SEG.</summary>
    private static void Exercise(DicomDataset dataset)
    {
        _ = dataset.GetString(DicomTag.PatientName);
        if (dataset.GetString(DicomTag.SOPClassUID) == DicomUid.SegmentationStorage)
        {
            var seg = DicomSegmentation.Read(dataset);
            var grid = new Imaging.Geometry.ImageGeometry(
                new Imaging.Geometry.Size3(seg.Columns, seg.Rows, 20), new Imaging.Geometry.Vec3(0.8, 0.7, 2.5), default, Imaging.Geometry.Matrix3.Identity);
            seg.ToMask(seg.Segments[0].Number, grid);
            return;
        }

        new CtSeriesAssembler(new CtSeriesOptions { AllowSingleSlice = true }).Assemble([dataset]);
    }
}
