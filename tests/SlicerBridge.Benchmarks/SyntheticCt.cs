using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Benchmarks;

/// <summary>
/// A deterministic CT-like volume with an HCC-like tumour in its centre: enhancing rim, heterogeneous
/// core, necrotic centre, lobulated margin, noise. The benchmarks' workload; no patient data.
/// </summary>
internal static class SyntheticCt
{
    public static (ImageVolume Image, ImageVolume Mask) Create(Size3 size, Vec3 spacing, double tumourRadiusMm, uint seed = 42)
    {
        var geometry = new ImageGeometry(size, spacing,
            new Vec3(-size.X * spacing.X / 2, -size.Y * spacing.Y / 2, -size.Z * spacing.Z / 2), Matrix3.Identity);
        var image = new short[size.VoxelCount];
        var mask = new byte[size.VoxelCount];
        var state = seed;
        double cx = size.X / 2.0, cy = size.Y / 2.0, cz = size.Z / 2.0;
        for (var z = 0; z < size.Z; z++)
        {
            for (var y = 0; y < size.Y; y++)
            {
                var row = (long)size.X * (y + (long)size.Y * z);
                for (var x = 0; x < size.X; x++)
                {
                    double dx = (x - cx) * spacing.X, dy = (y - cy) * spacing.Y, dz = (z - cz) * spacing.Z;
                    var r = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                    var inside = r <= 2 * tumourRadiusMm && r <= tumourRadiusMm * Lobulation(dx, dy, dz);
                    var rel = r / tumourRadiusMm;
                    var hu = inside
                        ? rel > 0.85 ? 140 : rel < 0.3 ? 25 : 90 + 30 * Math.Sin(x * 0.7) * Math.Cos(y * 0.5)
                        : 60.0;
                    image[row + x] = (short)Math.Round(hu + 12 * Noise(ref state));
                    mask[row + x] = inside ? (byte)1 : (byte)0;
                }
            }
        }

        return (ImageVolume.Create(geometry, image), ImageVolume.Create(geometry, mask));
    }

    private static double Lobulation(double dx, double dy, double dz) =>
        1 + 0.08 * Math.Sin(5 * Math.Atan2(dy, dx)) * Math.Cos(3 * Math.Atan2(dz, Math.Sqrt(dx * dx + dy * dy)));

    /// <summary>Sum of four uniforms (xorshift32), centred and scaled to unit variance: cheap, smooth enough noise.</summary>
    private static double Noise(ref uint state)
    {
        double sum = 0;
        for (var i = 0; i < 4; i++)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            sum += state / (double)uint.MaxValue;
        }

        return (sum - 2) * Math.Sqrt(3);
    }
}
