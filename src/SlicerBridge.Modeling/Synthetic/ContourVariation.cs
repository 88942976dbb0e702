using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// A second contour of the same tumour: where a smooth random field is high the reader drew one voxel wider,
/// where it is low one voxel tighter, elsewhere the same. Works slice by slice (4-connected, in-plane),
/// as radiologists draw, so the slice extent never changes.
/// </summary>
internal static class ContourVariation
{
    private static readonly Vec3 PatchSizeMm = new(8, 8, 10);

    /// <param name="mask">The contour to vary (0/1, x fastest).</param>
    /// <param name="geometry">Its grid.</param>
    /// <param name="random">Draws the patches.</param>
    /// <param name="threshold">Field level beyond which the contour moves; higher means fewer, smaller patches.</param>
    public static byte[] Vary(ReadOnlySpan<byte> mask, ImageGeometry geometry, Random random, double threshold)
    {
        var size = geometry.Size;
        var spacing = geometry.Spacing;
        var far = new Vec3((size.X - 1) * spacing.X, (size.Y - 1) * spacing.Y, (size.Z - 1) * spacing.Z);
        var patches = new LatticeField(random, default, far, PatchSizeMm);
        var result = mask.ToArray();
        var nx = size.X;
        var i = 0;
        for (var z = 0; z < size.Z; z++)
        {
            for (var y = 0; y < size.Y; y++)
            {
                for (var x = 0; x < nx; x++, i++)
                {
                    var inside = mask[i] != 0;
                    var onEdge =
                        (x > 0 && mask[i - 1] != 0 != inside) || (x + 1 < nx && mask[i + 1] != 0 != inside) ||
                        (y > 0 && mask[i - nx] != 0 != inside) || (y + 1 < size.Y && mask[i + nx] != 0 != inside);
                    if (!onEdge)
                    {
                        continue;
                    }

                    var field = patches[new Vec3(x * spacing.X, y * spacing.Y, z * spacing.Z)];
                    if (inside && field < -threshold)
                    {
                        result[i] = 0;
                    }
                    else if (!inside && field > threshold)
                    {
                        result[i] = 1;
                    }
                }
            }
        }

        return result;
    }
}
