namespace SlicerBridge.Statistics.Screening;

/// <summary>
/// The study's order-stable correlation filter: walk the features in their given order and keep one only if
/// |r| is at most the threshold with every feature kept before it. A pair above the threshold whose first member
/// was itself dropped therefore does not remove the second (unlike caret's findCorrelation).
/// </summary>
public static class RedundancyFilter
{
    /// <summary>Indices of the kept features, in input order.</summary>
    public static int[] Keep(double[,] correlation, double threshold = 0.9)
    {
        ArgumentNullException.ThrowIfNull(correlation);
        var p = correlation.GetLength(0);
        if (correlation.GetLength(1) != p)
        {
            throw new StatisticsInputException("correlation matrix is not square", "redundancy filter");
        }

        if (!(threshold is >= 0 and <= 1))
        {
            throw new StatisticsInputException($"threshold must be in [0, 1], got {threshold}", "redundancy filter");
        }

        var kept = new List<int>();
        for (var j = 0; j < p; j++)
        {
            var redundant = false;
            foreach (var k in kept)
            {
                if (!(Math.Abs(correlation[j, k]) <= threshold))
                {
                    redundant = true;
                    break;
                }
            }

            if (!redundant)
            {
                kept.Add(j);
            }
        }

        return [.. kept];
    }
}
