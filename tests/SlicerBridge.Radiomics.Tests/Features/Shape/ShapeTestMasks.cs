using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Radiomics.Features;
using SlicerBridge.Radiomics.Features.Shape;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Tests.Features.Shape;

/// <summary>Synthetic masks and a one-call way to compute shape features on them.</summary>
internal static class ShapeTestMasks
{
    /// <summary>A crop completely filled by the ROI: a box of kx × ky × kz voxels.</summary>
    public static byte[] Box(Size3 size)
    {
        var mask = new byte[size.VoxelCount];
        Array.Fill(mask, (byte)1);
        return mask;
    }

    /// <summary>Random blobs: a union of random ellipsoids plus speckle, seeded, never empty.</summary>
    public static byte[] RandomBlob(Random random, Size3 size)
    {
        var mask = new byte[size.VoxelCount];
        var blobs = random.Next(1, 4);
        for (var b = 0; b < blobs; b++)
        {
            double cx = random.NextDouble() * size.X, cy = random.NextDouble() * size.Y, cz = random.NextDouble() * size.Z;
            double rx = 0.5 + random.NextDouble() * size.X / 2, ry = 0.5 + random.NextDouble() * size.Y / 2, rz = 0.5 + random.NextDouble() * size.Z / 2;
            for (var z = 0; z < size.Z; z++)
            {
                for (var y = 0; y < size.Y; y++)
                {
                    for (var x = 0; x < size.X; x++)
                    {
                        var d = Square((x - cx) / rx) + Square((y - cy) / ry) + Square((z - cz) / rz);
                        if (d <= 1)
                        {
                            mask[(z * size.Y + y) * size.X + x] = 1;
                        }
                    }
                }
            }
        }

        var speckle = random.NextDouble() * 0.2;
        for (var i = 0; i < mask.Length; i++)
        {
            if (random.NextDouble() < speckle)
            {
                mask[i] = 1;
            }
        }

        mask[random.Next(mask.Length)] = 1;
        return mask;
    }

    public static FeatureInput Input(Size3 size, Vec3 spacing, byte[] mask) =>
        new(size, spacing, new double[mask.Length], mask, ExtractionSettings.Default);

    public static IReadOnlyDictionary<string, double> Compute(Size3 size, Vec3 spacing, byte[] mask, params string[] features)
    {
        var family = new ShapeFeatures();
        var names = features.Length > 0 ? features : family.DefaultFeatureNames.ToArray();
        var values = family.Compute(Input(size, spacing, mask), names);
        return names.Zip(values).ToDictionary(p => p.First, p => p.Second);
    }

    private static double Square(double v) => v * v;
}
