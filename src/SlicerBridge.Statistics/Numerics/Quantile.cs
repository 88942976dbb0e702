namespace SlicerBridge.Statistics.Numerics;

/// <summary>Sample quantiles as R's default <c>quantile(x, probs, type = 7)</c>.</summary>
public static class Quantile
{
    /// <summary>
    /// Type-7 quantile of already sorted values: h = (n-1)p, interpolated as R writes it,
    /// <c>(1 - f) * x[lo] + f * x[hi]</c>, so the result matches R to the last bit.
    /// </summary>
    public static double Type7Sorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0)
        {
            throw new StatisticsInputException("a quantile needs at least one value", nameof(sorted));
        }

        var index = (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(index);
        var hi = (int)Math.Ceiling(index);
        var low = sorted[lo];
        if (index <= lo || sorted[hi] == low)
        {
            return low;
        }

        var f = index - lo;
        return (1 - f) * low + f * sorted[hi];
    }
}
