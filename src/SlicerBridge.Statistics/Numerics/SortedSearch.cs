namespace SlicerBridge.Statistics.Numerics;

/// <summary>Counting by binary search in ascending arrays.</summary>
internal static class SortedSearch
{
    /// <summary>Number of elements strictly below <paramref name="value"/>.</summary>
    public static int CountBelow(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Number of elements at or below <paramref name="value"/>.</summary>
    public static int CountAtOrBelow(ReadOnlySpan<double> sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
