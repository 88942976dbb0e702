using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Benchmarks;

/// <summary>
/// A deterministic liver-like CT block with an HCC-like tumour: enhancing rim, heterogeneous core,
/// necrotic centre, lobulated margin, noise. Sized so the tumour holds about the requested voxel count.
/// </summary>
internal static class SyntheticTumour
{
    public static (ImageVolume Image, ImageVolume Mask, long RoiVoxels) Create(int targetVoxels, int seed = 42)
    {
        var radius = Math.Cbrt(targetVoxels * 3.0 / (4.0 * Math.PI));
        var n = (int)Math.Ceiling(2 * radius) + 24;
        var size = new Size3(n, n, n);
        var geometry = new ImageGeometry(size, new Vec3(1, 1, 1), new Vec3(-n / 2.0, -n / 2.0, -n / 2.0), Matrix3.Identity);
        var image = new short[size.VoxelCount];
        var mask = new byte[size.VoxelCount];
        var random = new Random(seed);
        var centre = n / 2.0;
        long roi = 0;
        for (var z = 0; z < n; z++)
        {
            for (var y = 0; y < n; y++)
            {
                for (var x = 0; x < n; x++)
                {
                    double dx = x - centre, dy = y - centre, dz = z - centre;
                    var r = Math.Sqrt(dx * dx + dy * dy + dz * dz);
                    var lobulation = 1 + 0.08 * Math.Sin(5 * Math.Atan2(dy, dx)) * Math.Cos(3 * Math.Atan2(dz, Math.Sqrt(dx * dx + dy * dy)));
                    var inside = r <= radius * lobulation;
                    var rel = r / radius;
                    var hu = inside
                        ? (rel > 0.85 ? 140 : rel < 0.3 ? 25 : 90 + 30 * Math.Sin(x * 0.7) * Math.Cos(y * 0.5))
                        : 60.0;
                    var index = x + n * (y + n * z);
                    image[index] = (short)Math.Round(hu + 12 * Gaussian(random));
                    if (inside)
                    {
                        mask[index] = 1;
                        roi++;
                    }
                }
            }
        }

        return (ImageVolume.Create(geometry, image), ImageVolume.Create(geometry, mask), roi);
    }

    private static double Gaussian(Random random)
    {
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
