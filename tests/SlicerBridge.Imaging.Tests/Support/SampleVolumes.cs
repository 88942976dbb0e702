using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Tests.Support;

/// <summary>Volumes for round-trip tests: every voxel type, random bit patterns, oblique geometry.</summary>
internal static class SampleVolumes
{
    public static TheoryData<PixelType> PixelTypes => new(Enum.GetValues<PixelType>());

    /// <summary>A rotation R = Rz(az) · Ry(ay) · Rx(ax) (angles in radians), optionally with its z axis mirrored.</summary>
    public static Matrix3 Rotation(double ax, double ay, double az, bool mirrored = false)
    {
        var rx = new Matrix3(1, 0, 0, 0, Math.Cos(ax), -Math.Sin(ax), 0, Math.Sin(ax), Math.Cos(ax));
        var ry = new Matrix3(Math.Cos(ay), 0, Math.Sin(ay), 0, 1, 0, -Math.Sin(ay), 0, Math.Cos(ay));
        var rz = new Matrix3(Math.Cos(az), -Math.Sin(az), 0, Math.Sin(az), Math.Cos(az), 0, 0, 0, 1);
        var r = Multiply(rz, Multiply(ry, rx));
        return mirrored ? Matrix3.FromColumns(r.Column(0), r.Column(1), -1 * r.Column(2)) : r;
    }

    public static ImageGeometry Oblique(Size3 size, bool mirrored = false) =>
        new(size, new Vec3(0.7, 1.3, 2.5), new Vec3(-123.456, 78.9, -0.001), Rotation(0.3, -0.7, 1.1, mirrored));

    /// <summary>Random bytes, so float volumes include NaN payloads, infinities and subnormals.</summary>
    public static ImageVolume Random(PixelType type, ImageGeometry geometry, int seed)
    {
        var volume = ImageVolume.Allocate(geometry, type);
        new Random(seed).NextBytes(volume.Bytes);
        return volume;
    }

    public static Matrix3 Multiply(Matrix3 a, Matrix3 b) =>
        Matrix3.FromColumns(a * b.Column(0), a * b.Column(1), a * b.Column(2));
}
