using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// A reconstruction kernel stand-in: the separable in-plane filter [w, 1-2w, w] along x then y, edges
/// replicated. Correlates the noise the way soft-tissue kernels do and blurs edges a little.
/// </summary>
internal static class InPlaneSmoothing
{
    public static void Apply(Span<float> values, Size3 size, double weight)
    {
        var w = (float)weight;
        var centre = 1 - 2 * w;
        var nx = size.X;
        var plane = nx * size.Y;
        Span<float> previous = new float[nx];
        Span<float> current = new float[nx];
        for (var z = 0; z < size.Z; z++)
        {
            var slice = values.Slice(z * plane, plane);
            for (var y = 0; y < size.Y; y++)
            {
                var row = slice.Slice(y * nx, nx);
                var left = row[0];
                for (var x = 0; x < nx; x++)
                {
                    var here = row[x];
                    var right = x + 1 < nx ? row[x + 1] : here;
                    row[x] = w * left + centre * here + w * right;
                    left = here;
                }
            }

            slice[..nx].CopyTo(previous);
            for (var y = 0; y < size.Y; y++)
            {
                var row = slice.Slice(y * nx, nx);
                row.CopyTo(current);
                var next = y + 1 < size.Y ? slice.Slice((y + 1) * nx, nx) : current;
                for (var x = 0; x < nx; x++)
                {
                    row[x] = w * previous[x] + centre * current[x] + w * next[x];
                }

                current.CopyTo(previous);
            }
        }
    }
}
