using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.GroupComparison;

/// <summary>Checks a sample: present, finite, at least <paramref name="minimum"/> values.</summary>
internal static class GroupInput
{
    public static double[] Sample(IReadOnlyList<double>? values, string what, int minimum)
    {
        if (values is null)
        {
            throw new StatisticsInputException($"{what} is missing", what);
        }

        var x = values.ToArray();
        if (x.Length < minimum)
        {
            throw new StatisticsInputException($"{what} has {x.Length} values; at least {minimum} are needed", what);
        }

        InputCheck.Finite(x, what);
        return x;
    }

    public static (double Mean, double Variance) MeanVariance(double[] x)
    {
        var mean = x.Average();
        var ss = 0.0;
        foreach (var v in x)
        {
            ss += (v - mean) * (v - mean);
        }

        return (mean, x.Length > 1 ? ss / (x.Length - 1) : double.NaN);
    }
}
