using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Dicom.Series;

/// <summary>The vector helpers DICOM geometry needs beyond <see cref="Vec3"/>.</summary>
internal static class VectorMath
{
    public static Vec3 Cross(Vec3 a, Vec3 b) => new(a.Y * b.Z - a.Z * b.Y, a.Z * b.X - a.X * b.Z, a.X * b.Y - a.Y * b.X);

    public static Vec3 Normalize(Vec3 v) => (1.0 / v.Norm) * v;

    public static double MaxAbsDifference(Vec3 a, Vec3 b) =>
        Math.Max(Math.Abs(a.X - b.X), Math.Max(Math.Abs(a.Y - b.Y), Math.Abs(a.Z - b.Z)));
}
