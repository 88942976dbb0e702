using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Imaging.Tests.Support;
using SlicerBridge.Testing;

namespace SlicerBridge.Imaging.Tests.IO;

/// <summary>
/// Round trips over random volumes: any voxel type, sizes 1 to 6 per axis (including single slices and
/// rows), any rotation proper or mirrored, spacings from 0.01 to 50 mm, origins within ±2000 mm.
/// </summary>
public class RoundTripProperties
{
    private static Arbitrary<ImageVolume> Volumes { get; } = VolumeGen().ToArbitrary();

    [Property(MaxTest = 60)]
    public Property NrrdKeepsVoxelsAndGeometryTo1e12() => Prop.ForAll(Volumes, volume =>
    {
        using var dir = new TempDirectory();
        var path = dir.File("v.nrrd");

        NrrdWriter.Write(volume, path, compress: volume.VoxelCount % 2 == 0);
        var back = NrrdReader.Read(path);

        Assert.True(volume.Bytes.SequenceEqual(back.Bytes));
        var g = volume.Geometry;
        GeometryAssert.Equal(g, back.Geometry, 1e-12 * MaxAbs(g.Spacing), 1e-12 * MaxAbs(g.Origin), 1e-12);
    });

    [Property(MaxTest = 60)]
    public Property NiftiKeepsVoxelsAndGeometryToFloatPrecision() => Prop.ForAll(Volumes, volume =>
    {
        using var dir = new TempDirectory();
        var path = dir.File(volume.VoxelCount % 2 == 0 ? "v.nii.gz" : "v.nii");

        NiftiWriter.Write(volume, path);
        var back = NiftiReader.Read(path);

        Assert.True(volume.Bytes.SequenceEqual(back.Bytes));

        // float32 storage: 2^-24 (6e-8) relative per stored number, a few roundings deep.
        var g = volume.Geometry;
        GeometryAssert.Equal(g, back.Geometry, 1e-6 * MaxAbs(g.Spacing), 1e-6 * MaxAbs(g.Origin), 1e-6);
    });

    /// <summary>The largest magnitude among the components, at least 1: relative tolerances scale with it.</summary>
    private static double MaxAbs(Vec3 v) => Math.Max(1, Math.Max(Math.Abs(v.X), Math.Max(Math.Abs(v.Y), Math.Abs(v.Z))));

    private static Gen<ImageVolume> VolumeGen() =>
        from type in Gen.Elements(Enum.GetValues<PixelType>())
        from nx in Gen.Choose(1, 6)
        from ny in Gen.Choose(1, 6)
        from nz in Gen.Choose(1, 6)
        from angles in Gen.ArrayOf(Gen.Choose(-31416, 31416), 3)
        from mirrored in Gen.Elements(false, true)
        from spacing in Gen.ArrayOf(Gen.Choose(1, 5000), 3)
        from origin in Gen.ArrayOf(Gen.Choose(-2_000_000, 2_000_000), 3)
        from seed in Gen.Choose(0, int.MaxValue)
        select SampleVolumes.Random(
            type,
            new ImageGeometry(
                new Size3(nx, ny, nz),
                new Vec3(spacing[0] / 100.0, spacing[1] / 100.0, spacing[2] / 100.0),
                new Vec3(origin[0] / 1000.0, origin[1] / 1000.0, origin[2] / 1000.0),
                SampleVolumes.Rotation(angles[0] / 1e4, angles[1] / 1e4, angles[2] / 1e4, mirrored)),
            seed);
}
