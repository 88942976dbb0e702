using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.GroupComparison;

/// <summary>
/// The Wilcoxon rank-sum (Mann-Whitney) test as R's <c>wilcox.test(x, y)</c>: W = rank sum of x
/// minus nx(nx+1)/2 with mid-ranks for ties; the exact null distribution when both samples have
/// fewer than 50 values and there are no ties, otherwise the normal approximation with the tie
/// correction of the variance and a continuity correction of 0.5.
/// </summary>
public sealed record WilcoxonRankSumTest(double W, double PValue, bool Exact, Alternative Alternative)
{
    private const int ExactLimit = 50;

    public static WilcoxonRankSumTest Compute(IReadOnlyList<double> x, IReadOnlyList<double> y, Alternative alternative = Alternative.TwoSided, bool continuityCorrection = true)
    {
        var a = GroupInput.Sample(x, nameof(x), 1);
        var b = GroupInput.Sample(y, nameof(y), 1);
        int nx = a.Length, ny = b.Length, n = nx + ny;
        var all = a.Concat(b).ToArray();
        var order = Enumerable.Range(0, n).OrderBy(i => all[i]).ToArray();
        var ranks = new double[n];
        var tieCorrection = 0.0;
        var ties = false;
        for (var pos = 0; pos < n;)
        {
            var end = pos;
            while (end < n && all[order[end]] == all[order[pos]])
            {
                end++;
            }

            var size = end - pos;
            var midRank = (pos + 1 + end) / 2.0;
            for (var k = pos; k < end; k++)
            {
                ranks[order[k]] = midRank;
            }

            if (size > 1)
            {
                ties = true;
                tieCorrection += (double)size * size * size - size;
            }

            pos = end;
        }

        var w = ranks.Take(nx).Sum() - nx * (nx + 1) / 2.0;
        if (nx < ExactLimit && ny < ExactLimit && !ties)
        {
            var density = ExactDensity(nx, ny);
            var observed = (int)w;
            double Lower(int u) => density.Take(u + 1).Sum();   // P(W <= u)
            double Upper(int u) => density.Skip(u).Sum();       // P(W >= u), summed directly to keep small p exact
            var p = alternative switch
            {
                Alternative.Less => Lower(observed),
                Alternative.Greater => Upper(observed),
                _ => Math.Min(1, 2 * (w > nx * ny / 2.0 ? Upper(observed) : Lower(observed))),
            };
            return new WilcoxonRankSumTest(w, p, true, alternative);
        }

        var z = w - nx * ny / 2.0;
        var sigma = Math.Sqrt(nx * (double)ny / 12 * (n + 1 - tieCorrection / (n * (n - 1.0))));
        if (sigma == 0)
        {
            throw new StatisticsInputException("all values are tied; the rank-sum test has no information", nameof(y));
        }

        var correction = !continuityCorrection ? 0 : alternative switch
        {
            Alternative.Less => -0.5,
            Alternative.Greater => 0.5,
            _ => Math.Sign(z) * 0.5,
        };
        z = (z - correction) / sigma;
        var pNormal = alternative switch
        {
            Alternative.Less => 1 - TailProbability.NormalUpper(z),
            Alternative.Greater => TailProbability.NormalUpper(z),
            _ => 2 * Math.Min(TailProbability.NormalUpper(z), TailProbability.NormalUpper(-z)),
        };
        return new WilcoxonRankSumTest(w, pNormal, false, alternative);
    }

    /// <summary>P(W = u), u = 0..nx·ny, by counting the rank subsets of size nx (no ties).</summary>
    private static double[] ExactDensity(int nx, int ny)
    {
        var max = nx * ny;
        // ways[j][u]: subsets of size j of the items seen so far whose U-statistic contribution is u.
        var ways = new double[nx + 1, max + 1];
        ways[0, 0] = 1;
        for (var item = 0; item < nx + ny; item++)
        {
            for (var j = Math.Min(item + 1, nx); j >= 1; j--)
            {
                // Choosing this item as the j-th x adds the number of y's below it: item - (j - 1).
                var shift = item - (j - 1);
                if (shift < 0 || shift > ny)
                {
                    continue;
                }

                for (var u = max; u >= shift; u--)
                {
                    ways[j, u] += ways[j - 1, u - shift];
                }
            }
        }

        var density = new double[max + 1];
        var total = 0.0;
        for (var u = 0; u <= max; u++)
        {
            total += ways[nx, u];
        }

        for (var u = 0; u <= max; u++)
        {
            density[u] = ways[nx, u] / total;
        }

        return density;
    }
}
