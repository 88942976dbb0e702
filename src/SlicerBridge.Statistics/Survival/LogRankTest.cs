using MathNet.Numerics.LinearAlgebra;
using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Survival;

/// <summary>
/// The log-rank test as R's <c>survdiff(Surv(time, status) ~ group)</c> (rho = 0): observed and
/// expected events per group, the hypergeometric variance matrix, and
/// chisq = (O-E)' V⁻ (O-E) on k - 1 degrees of freedom. Groups are in ascending order.
/// </summary>
public sealed record LogRankTest<TGroup>(
    IReadOnlyList<TGroup> Groups,
    IReadOnlyList<int> Counts,
    IReadOnlyList<double> Observed,
    IReadOnlyList<double> Expected,
    double[,] Variance,
    double ChiSquare,
    int DegreesOfFreedom,
    double PValue)
    where TGroup : notnull
{
    public static LogRankTest<TGroup> Compute(IReadOnlyList<double> time, IReadOnlyList<int> status, IReadOnlyList<TGroup> group)
    {
        var (t, d) = SurvivalInput.Validate(time, status);
        var (levels, index) = SurvivalInput.Groups(group, t.Length);
        var k = levels.Length;
        if (k < 2)
        {
            throw new StatisticsInputException("the log-rank test needs at least two groups", nameof(group));
        }

        if (d.Sum() == 0)
        {
            throw new StatisticsInputException("all patients are censored; the log-rank test needs at least one event", nameof(status));
        }

        var counts = new int[k];
        foreach (var g in index)
        {
            counts[g]++;
        }

        var observed = new double[k];
        var expected = new double[k];
        var variance = new double[k, k];
        var atRisk = (int[])counts.Clone();
        var order = Enumerable.Range(0, t.Length).OrderBy(i => t[i]).ToArray();
        var deaths = new int[k];
        var leaving = new int[k];
        for (var pos = 0; pos < order.Length;)
        {
            var now = t[order[pos]];
            Array.Clear(deaths);
            Array.Clear(leaving);
            for (; pos < order.Length && t[order[pos]] == now; pos++)
            {
                var i = order[pos];
                deaths[index[i]] += d[i];
                leaving[index[i]]++;
            }

            var n = atRisk.Sum();
            var dead = deaths.Sum();
            if (dead > 0)
            {
                for (var g = 0; g < k; g++)
                {
                    observed[g] += deaths[g];
                    expected[g] += dead * (double)atRisk[g] / n;
                }

                if (n > 1)
                {
                    var factor = dead * (double)(n - dead) / (n - 1) / n;
                    for (var g = 0; g < k; g++)
                    {
                        for (var h = 0; h < k; h++)
                        {
                            variance[g, h] += factor * atRisk[g] * ((g == h ? 1.0 : 0.0) - atRisk[h] / (double)n);
                        }
                    }
                }
            }

            for (var g = 0; g < k; g++)
            {
                atRisk[g] -= leaving[g];
            }
        }

        var chi = QuadraticForm(observed, expected, variance, k);
        return new LogRankTest<TGroup>(levels, counts, observed, expected, variance, chi, k - 1, TailProbability.ChiSquareUpper(chi, k - 1));
    }

    /// <summary>(O-E)' V⁻¹ (O-E) on the first k - 1 groups (the full V is singular: its rows sum to 0).</summary>
    private static double QuadraticForm(double[] observed, double[] expected, double[,] variance, int k)
    {
        var v = Matrix<double>.Build.Dense(k - 1, k - 1, (r, c) => variance[r, c]);
        var diff = Vector<double>.Build.Dense(k - 1, g => observed[g] - expected[g]);
        if (Math.Abs(v.Determinant()) < 1e-12 * Math.Pow(v.Diagonal().AbsoluteMaximum() + 1e-300, k - 1))
        {
            throw new StatisticsInputException("the log-rank variance is singular (a group has nobody at risk at any event time)", "group");
        }

        return diff * v.Solve(diff);
    }
}
