namespace SlicerBridge.Radiomics.Features.Shape;

/// <summary>Andrew's monotone chain on integer lattice points, exact in 64-bit arithmetic.</summary>
internal static class ConvexHull2D
{
    /// <summary>
    /// Writes to <paramref name="hull"/> the vertices (extreme points only, collinear boundary points
    /// dropped) of the convex hull of the distinct points <paramref name="points"/>, which must be sorted by
    /// (u, v); returns their number. <paramref name="hull"/> needs room for 2 × points + 1 entries.
    /// </summary>
    public static int Vertices(ReadOnlySpan<int> points, int[] u, int[] v, Span<int> hull)
    {
        var n = points.Length;
        if (n < 3)
        {
            points.CopyTo(hull);
            return n;
        }

        var k = 0;
        for (var i = 0; i < n; i++)
        {
            while (k >= 2 && Turn(hull[k - 2], hull[k - 1], points[i], u, v) <= 0)
            {
                k--;
            }

            hull[k++] = points[i];
        }

        var lower = k + 1;
        for (var i = n - 2; i >= 0; i--)
        {
            while (k >= lower && Turn(hull[k - 2], hull[k - 1], points[i], u, v) <= 0)
            {
                k--;
            }

            hull[k++] = points[i];
        }

        // The chain ends where it started.
        return k - 1;
    }

    /// <summary>Twice the signed area of (a, b, c): positive for a counter-clockwise turn, zero when collinear.</summary>
    private static long Turn(int a, int b, int c, int[] u, int[] v) =>
        (long)(u[b] - u[a]) * (v[c] - v[a]) - (long)(v[b] - v[a]) * (u[c] - u[a]);
}
