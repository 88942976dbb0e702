using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Survival;

/// <summary>Checks and copies right-censored data: finite non-negative times, status 1 = event, 0 = censored.</summary>
internal static class SurvivalInput
{
    public static (double[] Time, int[] Status) Validate(IReadOnlyList<double> time, IReadOnlyList<int> status)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(status);
        var t = time.ToArray();
        var d = status.ToArray();
        InputCheck.SameLength(t.Length, d.Length, nameof(status));
        if (t.Length == 0)
        {
            throw new StatisticsInputException("survival data has no patients", nameof(time));
        }

        InputCheck.Finite(t, nameof(time));
        foreach (var v in t)
        {
            if (v < 0)
            {
                throw new StatisticsInputException($"survival times must be non-negative, found {v}", nameof(time));
            }
        }

        InputCheck.BinaryOutcome(d, nameof(status));
        return (t, d);
    }

    /// <summary>Indices of the distinct group values in ascending order, and each patient's group index.</summary>
    public static (TGroup[] Levels, int[] Index) Groups<TGroup>(IReadOnlyList<TGroup> group, int n)
        where TGroup : notnull
    {
        ArgumentNullException.ThrowIfNull(group);
        InputCheck.SameLength(n, group.Count, nameof(group));
        var levels = group.Distinct().Order(Comparer<TGroup>.Default).ToArray();
        var lookup = levels.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i);
        return (levels, group.Select(g => lookup[g]).ToArray());
    }
}
