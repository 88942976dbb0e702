using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Tests.Support;

internal static class GeometryAssert
{
    /// <summary>Same size; spacing, origin (mm) and direction cosines each within <paramref name="tolerance"/>.</summary>
    public static void Equal(ImageGeometry expected, ImageGeometry actual, double tolerance) =>
        Equal(expected, actual, tolerance, tolerance, tolerance);

    /// <summary>Same size; spacing, origin and direction each within its own absolute tolerance.</summary>
    public static void Equal(ImageGeometry expected, ImageGeometry actual, double spacingTolerance, double originTolerance, double directionTolerance)
    {
        Assert.Equal(expected.Size, actual.Size);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected.Spacing[i], actual.Spacing[i], spacingTolerance);
            Assert.Equal(expected.Origin[i], actual.Origin[i], originTolerance);
            for (var j = 0; j < 3; j++)
            {
                Assert.Equal(expected.Direction[i, j], actual.Direction[i, j], directionTolerance);
            }
        }
    }

    public static void Equal(Vec3 expected, Vec3 actual, double tolerance)
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(expected[i], actual[i], tolerance);
        }
    }

    public static void Equal(Matrix3 expected, Matrix3 actual, double tolerance)
    {
        for (var i = 0; i < 3; i++)
        {
            Equal(expected.Column(i), actual.Column(i), tolerance);
        }
    }
}
