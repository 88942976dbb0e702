using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Tests;

public class RoiMaskTests
{
    private static readonly ImageGeometry Grid = ImageGeometry.Unit(new Size3(4, 3, 2));

    [Fact]
    public void SelectsOneLabelWithItsBoxAndCount()
    {
        var labels = new short[24];
        labels[1 + 4 * (1 + 3 * 0)] = 2;
        labels[2 + 4 * (2 + 3 * 1)] = 2;
        labels[3 + 4 * (0 + 3 * 1)] = 1;

        var mask = RoiMask.FromLabel(ImageVolume.Create(Grid, labels), 2);

        Assert.Equal(2, mask.VoxelCount);
        Assert.Equal(new BoundingBox(1, 1, 0, 2, 2, 2), mask.BoundingBox);
        Assert.Equal(1, mask.Voxels[1 + 4 * (1 + 3 * 0)]);
        Assert.Equal(0, mask.Voxels[3 + 4 * (0 + 3 * 1)]);
    }

    [Fact]
    public void AbsentLabelGivesAnEmptyMask()
    {
        var labels = Enumerable.Repeat((byte)1, 24).ToArray();

        var mask = RoiMask.FromLabel(ImageVolume.Create(Grid, labels), 5);

        Assert.True(mask.IsEmpty);
        Assert.Equal(0, mask.VoxelCount);
        Assert.Equal(default, mask.BoundingBox);
    }

    [Fact]
    public void FloatLabelMapWithWholeNumbersWorks()
    {
        var labels = new float[24];
        labels[7] = 3f;

        Assert.Equal(1, RoiMask.FromLabel(ImageVolume.Create(Grid, labels), 3).VoxelCount);
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(double.NaN)]
    public void FractionalFloatMaskIsAnError(double value)
    {
        var labels = new double[24];
        labels[5] = value;

        var e = Assert.Throws<InvalidInputException>(() => RoiMask.FromLabel(ImageVolume.Create(Grid, labels), 1, "mask.nrrd"));

        Assert.Contains("non-integer", e.Message, StringComparison.Ordinal);
        Assert.Equal("mask.nrrd", e.Where);
    }

    [Fact]
    public void LabelsPresentListsNonZeroLabels()
    {
        var labels = new int[24];
        labels[0] = 7;
        labels[1] = -1;
        labels[2] = 7;

        Assert.Equal(new long[] { -1, 7 }, RoiMask.LabelsPresent(ImageVolume.Create(Grid, labels)));
    }
}
