using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Imaging.Tests.Support;
using SlicerBridge.Testing;

namespace SlicerBridge.Imaging.Tests.IO;

/// <summary>
/// The PyRadiomics test volumes read to the geometry and mask statistics PyRadiomics (through SimpleITK)
/// recorded in its baseline diagnostics, to the bit: sizes, spacings, counts and boxes, the image mean
/// (an exact integer sum over the count) and the centre of mass (a mean of integer indices).
/// </summary>
public class PyRadiomicsFixtureTests
{
    public static TheoryData<string> AllVolumes => new(
        Directory.GetFiles(Path.GetDirectoryName(Fixtures.PyRadiomicsData("x"))!, "*.nrrd").Select(Path.GetFileName)!);

    public static TheoryData<string> ImageCases => new("brain1", "brain2", "breast1");

    public static TheoryData<string> MaskCases => new("brain1", "brain2", "breast1", "lung1", "lung2");

    [Theory]
    [MemberData(nameof(AllVolumes))]
    public void EveryTestVolumeLoads(string file)
    {
        var volume = VolumeIO.Read(Fixtures.PyRadiomicsData(file));

        Assert.True(volume.VoxelCount > 0);
        Assert.True(volume.Geometry.Direction.IsOrthonormal(1e-12));
        volume.Geometry.Validate();
    }

    [Theory]
    [MemberData(nameof(ImageCases))]
    public void ImageMatchesBaselineDiagnostics(string testCase)
    {
        var baseline = PyRadiomicsBaseline.FirstOrder;
        var image = NrrdReader.Read(Fixtures.PyRadiomicsData($"{testCase}_image.nrrd"));

        Assert.Equal(baseline.Tuple(testCase, "Image-original_Size"), new double[] { image.Size.X, image.Size.Y, image.Size.Z });
        Assert.Equal(baseline.Tuple(testCase, "Image-original_Spacing"), new double[] { image.Geometry.Spacing.X, image.Geometry.Spacing.Y, image.Geometry.Spacing.Z });

        var voxels = image.ToDoubleArray();

        // numpy sums integer voxels exactly (pairwise in float64, all partial sums are integers below 2^53).
        Assert.Equal(baseline.Number(testCase, "Image-original_Mean"), voxels.Sum() / voxels.Length);
        Assert.Equal(baseline.Number(testCase, "Image-original_Minimum"), voxels.Min());
        Assert.Equal(baseline.Number(testCase, "Image-original_Maximum"), voxels.Max());
    }

    [Theory]
    [MemberData(nameof(MaskCases))]
    public void MaskMatchesBaselineDiagnostics(string testCase)
    {
        var baseline = PyRadiomicsBaseline.FirstOrder;
        var label = NrrdReader.Read(Fixtures.PyRadiomicsData($"{testCase}_label.nrrd"));
        var mask = RoiMask.FromLabel(label, 1);
        var g = mask.Geometry;
        var box = mask.BoundingBox;

        Assert.Equal(baseline.Tuple(testCase, "Mask-original_Size"), new double[] { g.Size.X, g.Size.Y, g.Size.Z });
        Assert.Equal(baseline.Tuple(testCase, "Mask-original_Spacing"), new double[] { g.Spacing.X, g.Spacing.Y, g.Spacing.Z });
        Assert.Equal(baseline.Tuple(testCase, "Mask-original_BoundingBox"), new double[] { box.X, box.Y, box.Z, box.SizeX, box.SizeY, box.SizeZ });
        Assert.Equal(baseline.Number(testCase, "Mask-original_VoxelNum"), mask.VoxelCount);

        var centre = CentreOfMassIndex(mask);
        Assert.Equal(baseline.Tuple(testCase, "Mask-original_CenterOfMassIndex"), new double[] { centre.X, centre.Y, centre.Z });

        // SimpleITK multiplies by (direction x spacing), we by direction after spacing; on these
        // axis-aligned grids both orders are exact, so the points agree to the bit.
        var physical = g.IndexToPhysical(centre);
        var expected = baseline.Tuple(testCase, "Mask-original_CenterOfMass");
        for (var axis = 0; axis < 3; axis++)
        {
            Assert.Equal(expected[axis], physical[axis]);
        }
    }

    /// <summary>numpy's mean of the voxel indices: integer sums (exact in double) divided by the count.</summary>
    private static Vec3 CentreOfMassIndex(RoiMask mask)
    {
        double sx = 0, sy = 0, sz = 0;
        var size = mask.Geometry.Size;
        var i = 0;
        for (var z = 0; z < size.Z; z++)
        {
            for (var y = 0; y < size.Y; y++)
            {
                for (var x = 0; x < size.X; x++, i++)
                {
                    if (mask.Voxels[i] != 0)
                    {
                        sx += x;
                        sy += y;
                        sz += z;
                    }
                }
            }
        }

        return new Vec3(sx / mask.VoxelCount, sy / mask.VoxelCount, sz / mask.VoxelCount);
    }
}
