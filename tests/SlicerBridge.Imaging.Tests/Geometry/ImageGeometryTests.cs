using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.Tests.Support;

namespace SlicerBridge.Imaging.Tests.Geometry;

public class ImageGeometryTests
{
    private static readonly ImageGeometry Oblique = SampleVolumes.Oblique(new Size3(10, 20, 30));

    [Fact]
    public void IndexToPhysicalFollowsOriginDirectionAndSpacing()
    {
        // Index axes x -> LPS +y, y -> LPS -x, z -> +z: (1,1,1) moves (0,2,0) + (-3,0,0) + (0,0,4).
        var g = new ImageGeometry(new Size3(2, 2, 2), new Vec3(2, 3, 4), new Vec3(1, 2, 3), new Matrix3(0, -1, 0, 1, 0, 0, 0, 0, 1));

        Assert.Equal(new Vec3(-2, 4, 7), g.IndexToPhysical(1, 1, 1));
        Assert.Equal(new Vec3(1, 1, 1), g.PhysicalToContinuousIndex(new Vec3(-2, 4, 7)));
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(9, 19, 29)]
    [InlineData(3.25, -1.5, 17.75)]
    public void PhysicalAndIndexRoundTripOnAnObliqueGrid(double x, double y, double z)
    {
        var index = new Vec3(x, y, z);

        var back = Oblique.PhysicalToContinuousIndex(Oblique.IndexToPhysical(index));

        GeometryAssert.Equal(index, back, 1e-12);
    }

    [Fact]
    public void ObliqueDirectionKeepsDistances()
    {
        var a = Oblique.IndexToPhysical(0, 0, 0);
        var b = Oblique.IndexToPhysical(1, 1, 1);

        var expected = Math.Sqrt(0.7 * 0.7 + 1.3 * 1.3 + 2.5 * 2.5);
        Assert.Equal(expected, (b - a).Norm, 1e-12);
    }

    [Fact]
    public void CropMovesTheOriginToTheBoxCorner()
    {
        var crop = Oblique.Crop(new BoundingBox(2, 3, 4, 5, 6, 7));

        Assert.Equal(new Size3(5, 6, 7), crop.Size);
        Assert.Equal(Oblique.IndexToPhysical(2, 3, 4), crop.Origin);
        GeometryAssert.Equal(Oblique.IndexToPhysical(7, 9, 11), crop.IndexToPhysical(5, 6, 7), 1e-12);
    }

    [Theory]
    [InlineData(0.9e-6, true)]
    [InlineData(1.1e-6, false)]
    public void OriginToleranceIsOneMillionthOfTheFirstSpacing(double offsetInSpacings, bool same)
    {
        // Spacing x = 2 mm, so the limit is 2e-6 mm: a unit-spacing rule would reject 1.8e-6 mm.
        var a = new ImageGeometry(new Size3(2, 2, 2), new Vec3(2, 1, 1), new Vec3(10, 20, 30), Matrix3.Identity);
        var b = With(a, origin: new Vec3(10, 20 + offsetInSpacings * 2, 30));

        Assert.Equal(same, a.IsSameGrid(b));
    }

    [Theory]
    [InlineData(0.9e-6, true)]
    [InlineData(1.1e-6, false)]
    public void SpacingToleranceIsOneMillionthOfTheFirstSpacing(double offsetInSpacings, bool same)
    {
        var a = new ImageGeometry(new Size3(2, 2, 2), new Vec3(2, 1, 1), default, Matrix3.Identity);
        var b = With(a, spacing: new Vec3(2, 1, 1 + offsetInSpacings * 2));

        Assert.Equal(same, a.IsSameGrid(b));
    }

    [Theory]
    [InlineData(0.9e-6, true)]
    [InlineData(1.1e-6, false)]
    public void DirectionToleranceIsOneMillionth(double delta, bool same)
    {
        var a = new ImageGeometry(new Size3(2, 2, 2), new Vec3(5, 5, 5), default, Matrix3.Identity);
        var b = With(a, direction: Matrix3.Identity with { M01 = delta });

        Assert.Equal(same, a.IsSameGrid(b));
    }

    [Fact]
    public void DifferentSizeIsNeverTheSameGrid()
    {
        Assert.False(Oblique.IsSameGrid(With(Oblique, size: new Size3(10, 20, 31))));
        Assert.True(Oblique.IsSameGrid(Oblique));
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, -1, 1)]
    [InlineData(1, 1, double.NaN)]
    [InlineData(double.PositiveInfinity, 1, 1)]
    public void NonPositiveOrNonFiniteSpacingIsInvalid(double sx, double sy, double sz)
    {
        var g = With(Oblique, spacing: new Vec3(sx, sy, sz));

        var e = Assert.Throws<InvalidInputException>(() => g.Validate("x.nrrd"));
        Assert.Contains("spacing", e.Message, StringComparison.Ordinal);
        Assert.Equal("x.nrrd", e.Where);
    }

    [Fact]
    public void NonOrthonormalDirectionIsInvalid()
    {
        var g = With(Oblique, direction: new Matrix3(1, 0.1, 0, 0, 1, 0, 0, 0, 1));

        Assert.Contains("orthonormal", Assert.Throws<InvalidInputException>(() => g.Validate()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NonFiniteOriginIsInvalid()
    {
        var g = With(Oblique, origin: new Vec3(0, double.NaN, 0));

        Assert.Contains("origin", Assert.Throws<InvalidInputException>(() => g.Validate()).Message, StringComparison.Ordinal);
    }

    private static ImageGeometry With(ImageGeometry g, Size3? size = null, Vec3? spacing = null, Vec3? origin = null, Matrix3? direction = null) =>
        new(size ?? g.Size, spacing ?? g.Spacing, origin ?? g.Origin, direction ?? g.Direction);
}
