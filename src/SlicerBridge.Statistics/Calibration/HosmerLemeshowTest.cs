using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Calibration;

/// <summary>
/// Hosmer-Lemeshow goodness of fit as <c>ResourceSelection::hoslem.test(y, p, g)</c>, re-implemented
/// line for line in the study's R script: breaks are the distinct type-7 quantiles of p at
/// 0, 1/g, ..., 1; groups are right-closed with the first closed on both sides; the statistic sums
/// (O - E)²/E over the groups and both outcome columns; df = g - 2.
/// </summary>
public sealed record HosmerLemeshowTest(int Groups, double Statistic, int DegreesOfFreedom, double PValue, IReadOnlyList<HosmerLemeshowGroup> Table)
{
    public static HosmerLemeshowTest Compute(IReadOnlyList<int> outcome, IReadOnlyList<double> probability, int groups = 10)
    {
        if (groups < 3)
        {
            throw new StatisticsInputException($"Hosmer-Lemeshow needs at least 3 groups, got {groups}", nameof(groups));
        }

        var (y, p, _) = CalibrationSummary.Prepare(outcome, probability);
        var sorted = p.Order().ToArray();
        var breaks = new List<double>();
        for (var k = 0; k <= groups; k++)
        {
            // R: seq(0, 1, 1/g) is k * (1/g), not k/g; the two differ in the last bit for some k.
            var q = Quantile.Type7Sorted(sorted, k * (1.0 / groups));
            if (breaks.Count == 0 || breaks[^1] != q)
            {
                breaks.Add(q);
            }
        }

        if (breaks.Count < 2)
        {
            throw new StatisticsInputException("all predicted probabilities are equal; Hosmer-Lemeshow groups cannot be formed", nameof(probability));
        }

        var cells = breaks.Count - 1;
        var count = new int[cells];
        var obs1 = new int[cells];
        var exp1 = new double[cells];
        var exp0 = new double[cells];
        for (var i = 0; i < p.Length; i++)
        {
            var g = GroupOf(breaks, p[i]);
            count[g]++;
            obs1[g] += y[i];
            exp1[g] += p[i];
            exp0[g] += 1 - p[i];
        }

        var table = new HosmerLemeshowGroup[cells];
        var statistic = 0.0;
        for (var g = 0; g < cells; g++)
        {
            if (count[g] == 0)
            {
                throw new StatisticsInputException(
                    $"Hosmer-Lemeshow group {g + 1} of {cells} is empty (too many tied probabilities for {groups} groups)", nameof(probability));
            }

            var obs0 = count[g] - obs1[g];
            statistic += Square(obs0 - exp0[g]) / exp0[g] + Square(obs1[g] - exp1[g]) / exp1[g];
            table[g] = new HosmerLemeshowGroup(breaks[g], breaks[g + 1], count[g], obs0, obs1[g], exp0[g], exp1[g]);
        }

        var df = groups - 2;
        return new HosmerLemeshowTest(groups, statistic, df, TailProbability.ChiSquareUpper(statistic, df), table);
    }

    /// <summary>R's <c>cut(x, breaks, include.lowest = TRUE)</c>: (b[k], b[k+1]], the first interval [b0, b1].</summary>
    private static int GroupOf(List<double> breaks, double value)
    {
        for (var k = 0; k < breaks.Count - 1; k++)
        {
            if (value <= breaks[k + 1])
            {
                return k;
            }
        }

        return breaks.Count - 2;
    }

    private static double Square(double v) => v * v;
}
