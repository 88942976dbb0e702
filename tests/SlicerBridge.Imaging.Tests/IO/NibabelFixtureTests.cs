using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Imaging.Tests.Support;
using SlicerBridge.Testing;

namespace SlicerBridge.Imaging.Tests.IO;

/// <summary>
/// NIfTI files written by nibabel (tests/fixtures/nibabel/make_fixtures.py): an independent writer's
/// quaternions, byte order and scaling. Expected values are the script's parameters: RAS rotation
/// R = [[0.36, 0.48, -0.8], [-0.8, 0.6, 0], [0.48, 0.64, 0.6]], spacing (0.8, 0.9, 3), origin
/// (-10.5, 20.25, 30.125), voxel n (x fastest) = n - 5. In LPS the first two rows of R and of the
/// origin change sign. Geometry is stored as float32, hence 1e-6.
/// </summary>
public class NibabelFixtureTests
{
    private const double FloatTolerance = 1e-6;

    private static readonly Vec3 Origin = new(10.5, -20.25, 30.125);

    private static readonly Vec3 Spacing = new(0.8f, 0.9f, 3f);

    [Fact]
    public void ScannerSformAndQformWithScaling()
    {
        var volume = NiftiReader.Read(Fixtures.Path("nibabel", "oblique_scaled.nii.gz"));

        Assert.Equal(new Size3(2, 3, 4), volume.Size);
        Assert.Equal(Spacing, volume.Geometry.Spacing);
        Assert.Equal(Origin, volume.Geometry.Origin);
        GeometryAssert.Equal(Direction(mirrored: false), volume.Geometry.Direction, FloatTolerance);

        // int16 with scl_slope 0.5 and scl_inter -2: float32 (n - 5) * 0.5 - 2.
        Assert.Equal(PixelType.Float32, volume.PixelType);
        Assert.Equal(Enumerable.Range(0, 24).Select(n => (float)((n - 5) * 0.5 - 2)), volume.Voxels<float>().ToArray());
    }

    [Fact]
    public void BigEndianQformOnlyWithMirroredAxis()
    {
        var volume = NiftiReader.Read(Fixtures.Path("nibabel", "qform_only_big_endian.nii"));

        Assert.Equal(Spacing, volume.Geometry.Spacing);
        Assert.Equal(Origin, volume.Geometry.Origin);
        GeometryAssert.Equal(Direction(mirrored: true), volume.Geometry.Direction, FloatTolerance);
        Assert.Equal(Enumerable.Range(0, 24).Select(n => (float)(n - 5)), volume.Voxels<float>().ToArray());
    }

    private static Matrix3 Direction(bool mirrored)
    {
        var z = mirrored ? -1 : 1;
        return new Matrix3(-0.36, -0.48, 0.8 * z, 0.8, -0.6, 0, 0.48, 0.64, 0.6 * z);
    }
}
