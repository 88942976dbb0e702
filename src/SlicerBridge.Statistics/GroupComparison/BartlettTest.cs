using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.GroupComparison;

/// <summary>Bartlett's test of equal variances as R's <c>bartlett.test</c>: K² on k - 1 df.</summary>
public static class BartlettTest
{
    public static TestResult Compute(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count < 2)
        {
            throw new StatisticsInputException($"Bartlett's test needs at least 2 groups, got {groups.Count}", nameof(groups));
        }

        var k = groups.Count;
        double total = 0, pooled = 0, sumLog = 0, sumInverse = 0;
        for (var g = 0; g < k; g++)
        {
            var x = GroupInput.Sample(groups[g], $"group {g + 1}", 2);
            var (_, variance) = GroupInput.MeanVariance(x);
            if (!(variance > 0))
            {
                throw new StatisticsInputException($"group {g + 1} has zero variance; Bartlett's statistic is undefined", nameof(groups));
            }

            var df = x.Length - 1.0;
            total += df;
            pooled += df * variance;
            sumLog += df * Math.Log(variance);
            sumInverse += 1 / df;
        }

        pooled /= total;
        var statistic = (total * Math.Log(pooled) - sumLog) / (1 + (sumInverse - 1 / total) / (3 * (k - 1)));
        return new TestResult("Bartlett test of homogeneity of variances", statistic, k - 1, TailProbability.ChiSquareUpper(statistic, k - 1));
    }
}
