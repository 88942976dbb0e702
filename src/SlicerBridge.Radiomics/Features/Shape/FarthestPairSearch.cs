namespace SlicerBridge.Radiomics.Features.Shape;

/// <summary>
/// The largest squared distance between two points of a set, as PyRadiomics evaluates it, skipping only
/// pairs that provably cannot beat the best found so far.
/// </summary>
/// <remarks>
/// Points are visited by decreasing distance r from the centre c of their bounding box. Since
/// |a − b| ≤ rₐ + r_b, once (rₐ + r_b)² falls below the best squared distance (with a relative margin far
/// above rounding, so a pair whose rounded distance could tie or win is never skipped) no later partner of
/// a, and no later a, can do better.
/// </remarks>
internal static class FarthestPairSearch
{
    private const double Margin = 1 - 1e-9;

    /// <summary>
    /// max(<paramref name="best"/>, the largest dz² + dy² + dx² over pairs of <paramref name="points"/>).
    /// <paramref name="points"/> is reordered; <paramref name="radius"/> needs room for as many values.
    /// </summary>
    public static double MaximumSquaredDistance(Span<int> points, double[][] physical, double best, Span<double> radius)
    {
        var (pz, py, px) = (physical[0], physical[1], physical[2]);
        if (points.Length < 2)
        {
            return best;
        }

        double minZ = double.MaxValue, minY = double.MaxValue, minX = double.MaxValue;
        double maxZ = double.MinValue, maxY = double.MinValue, maxX = double.MinValue;
        foreach (var p in points)
        {
            (minZ, maxZ) = (Math.Min(minZ, pz[p]), Math.Max(maxZ, pz[p]));
            (minY, maxY) = (Math.Min(minY, py[p]), Math.Max(maxY, py[p]));
            (minX, maxX) = (Math.Min(minX, px[p]), Math.Max(maxX, px[p]));
        }

        // The whole set fits in its bounding box: nothing here can beat the box diagonal.
        var diagonal = Square(maxZ - minZ) + Square(maxY - minY) + Square(maxX - minX);
        if (diagonal < best * Margin)
        {
            return best;
        }

        var (cz, cy, cx) = ((minZ + maxZ) / 2, (minY + maxY) / 2, (minX + maxX) / 2);
        var r = radius[..points.Length];
        for (var i = 0; i < points.Length; i++)
        {
            var p = points[i];

            // Negated so that an ascending sort visits the farthest points first.
            r[i] = -Math.Sqrt(Square(pz[p] - cz) + Square(py[p] - cy) + Square(px[p] - cx));
        }

        r.Sort(points);
        for (var i = 1; i < points.Length; i++)
        {
            var ri = -r[i];
            if (Square(ri - r[0]) < best * Margin)
            {
                break;
            }

            var a = points[i];
            for (var j = 0; j < i; j++)
            {
                if (Square(ri - r[j]) < best * Margin)
                {
                    break;
                }

                var b = points[j];
                var dz = pz[a] - pz[b];
                var dy = py[a] - py[b];
                var dx = px[a] - px[b];
                var distance = dz * dz + dy * dy + dx * dx;
                if (distance > best)
                {
                    best = distance;
                }
            }
        }

        return best;
    }

    private static double Square(double v) => v * v;
}
