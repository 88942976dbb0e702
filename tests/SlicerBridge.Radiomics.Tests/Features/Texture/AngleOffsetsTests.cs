using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Radiomics.Features.Texture;

namespace SlicerBridge.Radiomics.Tests.Features.Texture;

public class AngleOffsetsTests
{
    private static readonly Size3 Large = new(10, 10, 10);

    [Fact]
    public void DistanceOneGivesPyRadiomicsThirteenAnglesInItsOrder()
    {
        // PyRadiomics' generate_angles(size, [1], False) as (dz, dy, dx): components run from +1 down to -1,
        // dz slowest, and the first 13 of the 26 are kept.
        (int Dz, int Dy, int Dx)[] expected =
        [
            (1, 1, 1), (1, 1, 0), (1, 1, -1), (1, 0, 1), (1, 0, 0), (1, 0, -1), (1, -1, 1), (1, -1, 0), (1, -1, -1),
            (0, 1, 1), (0, 1, 0), (0, 1, -1), (0, 0, 1),
        ];
        var angles = AngleOffsets.Generate(Large, [1], bidirectional: false, excludedAxis: null);
        Assert.Equal(expected, angles.Select(a => (a.Dz, a.Dy, a.Dx)));
    }

    [Fact]
    public void BidirectionalAnglesAreTheOneDirectionalOnesFollowedByTheirMirrorImagesReversed()
    {
        var one = AngleOffsets.Generate(Large, [1], bidirectional: false, excludedAxis: null);
        var both = AngleOffsets.Generate(Large, [1], bidirectional: true, excludedAxis: null);
        Assert.Equal(26, both.Length);
        Assert.Equal(one, both[..13]);
        for (var a = 0; a < 13; a++)
        {
            Assert.Equal(new AngleOffset(-one[a].Dx, -one[a].Dy, -one[a].Dz), both[25 - a]);
        }
    }

    [Fact]
    public void SeveralDistancesInterleaveInEnumerationOrder()
    {
        // (5³ - 1) / 2 = 62 one-directional offsets within distance 2; the first is (2, 2, 2) and (1, 1, 1)
        // follows the 31 offsets with dz = 2 (25), with dz = 1 and dy = 2 (5), and (dz, dy, dx) = (1, 1, 2).
        var angles = AngleOffsets.Generate(Large, [1, 2], bidirectional: false, excludedAxis: null);
        Assert.Equal(62, angles.Length);
        Assert.Equal(new AngleOffset(2, 2, 2), angles[0]);
        Assert.Equal(new AngleOffset(1, 1, 1), angles[31]);
        Assert.Equal(49, AngleOffsets.Generate(Large, [2], false, null).Length);
    }

    [Fact]
    public void Force2DDimensionZeroKeepsTheAxialPlane()
    {
        // force2Ddimension counts numpy axes (z, y, x): 0 is z.
        Assert.Equal(2, AngleOffsets.AxisOfForce2DDimension(0));
        var angles = AngleOffsets.Generate(Large, [1], bidirectional: false, excludedAxis: 2);
        Assert.Equal([new(1, 1, 0), new(0, 1, 0), new(-1, 1, 0), new(1, 0, 0)], angles);
    }

    [Fact]
    public void Force2DDimensionTwoKeepsTheSagittalPlane()
    {
        var angles = AngleOffsets.Generate(Large, [1], false, AngleOffsets.AxisOfForce2DDimension(2));
        Assert.All(angles, a => Assert.Equal(0, a.Dx));
        Assert.Equal(4, angles.Length);
    }

    [Fact]
    public void OffsetsAreBoundedByTheCrop()
    {
        // A single-slice crop has no offsets along z; a crop 2 voxels wide has none of length 2 along x.
        Assert.Equal(4, AngleOffsets.Generate(new Size3(5, 5, 1), [1], false, null).Length);
        var two = AngleOffsets.Generate(new Size3(2, 5, 5), [2], false, null);
        Assert.All(two, a => Assert.True(Math.Abs(a.Dx) <= 1));
        Assert.Equal((3 * 5 * 5 - 3 * 3 * 3) / 2, two.Length);
    }

    [Fact]
    public void ARepeatedDistanceRepeatsTheEnumerationAsPyRadiomicsDoes()
    {
        // get_angle_count counts distance 1 twice (26 one-directional), build_angles keeps cycling.
        var angles = AngleOffsets.Generate(Large, [1, 1], bidirectional: false, excludedAxis: null);
        var all = AngleOffsets.Generate(Large, [1], bidirectional: true, excludedAxis: null);
        Assert.Equal(all, angles);
    }

    [Fact]
    public void ADistanceBeyondTheCropAddsNothing()
    {
        // Offsets of length 1000 cannot fit a 5-voxel crop; only the distance-1 offsets remain.
        var angles = AngleOffsets.Generate(new Size3(5, 5, 5), [1, 1000], bidirectional: false, excludedAxis: null);
        Assert.Equal(AngleOffsets.Generate(new Size3(5, 5, 5), [1], false, null), angles);
    }

    [Fact]
    public void RunawayDistancesAreRejectedBeforeAllocating() =>
        Assert.Throws<InvalidInputException>(() =>
            AngleOffsets.Generate(new Size3(200, 200, 200), Enumerable.Range(1, 50).ToArray(), false, null));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void NonPositiveDistanceIsRejected(int distance) =>
        Assert.Throws<InvalidInputException>(() => AngleOffsets.Generate(Large, [distance], false, null));

    [Fact]
    public void ASingleVoxelCropHasNoDirectionAndIsRejected() =>
        Assert.Throws<InvalidInputException>(() => AngleOffsets.Generate(new Size3(1, 1, 1), [1], true, null));

    [Fact]
    public void Force2DDimensionOutOfRangeIsRejected() =>
        Assert.Throws<InvalidInputException>(() => AngleOffsets.AxisOfForce2DDimension(3));
}
