using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Discrimination;

/// <summary>A proportion k/n with its confidence interval; all NaN-free unless n = 0.</summary>
public readonly record struct Proportion(int Successes, int Total, double Estimate, double Lower, double Upper)
{
    /// <summary>k/n with a two-sided interval at <paramref name="level"/>. With n = 0 the proportion is undefined and every number is NaN, as R's 0/0.</summary>
    public static Proportion Of(int successes, int total, ProportionIntervalMethod method = ProportionIntervalMethod.Wald, double level = 0.95)
    {
        if (successes < 0 || total < 0 || successes > total)
        {
            throw new StatisticsInputException($"invalid proportion {successes}/{total}", nameof(successes));
        }

        if (!(level > 0 && level < 1))
        {
            throw new StatisticsInputException($"confidence level must be in (0, 1), got {level}", nameof(level));
        }

        if (total == 0)
        {
            return new Proportion(0, 0, double.NaN, double.NaN, double.NaN);
        }

        var p = successes / (double)total;
        var z = TailProbability.NormalQuantile(1 - (1 - level) / 2);
        if (method == ProportionIntervalMethod.Wald)
        {
            var half = z * Math.Sqrt(p * (1 - p) / total);
            return new Proportion(successes, total, p, Math.Max(0, p - half), Math.Min(1, p + half));
        }

        var z2 = z * z;
        var centre = (p + z2 / (2 * total)) / (1 + z2 / total);
        var width = z / (1 + z2 / total) * Math.Sqrt(p * (1 - p) / total + z2 / (4.0 * total * total));
        // The score interval touches 0 (or 1) exactly at k = 0 (or n); pin it there rather than leave rounding dust.
        var lower = successes == 0 ? 0 : Math.Max(0, centre - width);
        var upper = successes == total ? 1 : Math.Min(1, centre + width);
        return new Proportion(successes, total, p, lower, upper);
    }
}
