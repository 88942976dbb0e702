namespace SlicerBridge.Statistics.Numerics;

/// <summary>Sample quantiles as R's default <c>quantile(x, probs, type = 7)</c>.</summary>
public static class Quantile
{
    /// <summary>
    /// Type-7 quantile of already sorted values, with R's own arithmetic: the 1-based index
    /// 1 + (n-1)p (rounded as R rounds it) and <c>(1 - f) * x[lo] + f * x[hi]</c>, so the result
    /// matches R to the last bit.
    /// </summary>
    public static double Type7Sorted(ReadOnlySpan<double> sorted, double p)
    {
        if (sorted.Length == 0)
        {
            throw new StatisticsInputException("a quantile needs at least one value", nameof(sorted));
        }

        var index = 1 + (sorted.Length - 1) * p;
        var lo = Math.Floor(index);
        var hi = Math.Ceiling(index);
        var low = sorted[(int)lo - 1];
        var high = sorted[(int)hi - 1];
        if (index <= lo || high == low)
        {
            return low;
        }

        var f = index - lo;
        return (1 - f) * low + f * high;
    }
}
