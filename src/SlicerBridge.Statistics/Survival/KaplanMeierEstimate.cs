using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Survival;

/// <summary>
/// Kaplan-Meier product-limit estimate as R's <c>survfit(Surv(time, status) ~ 1)</c> with its
/// defaults: Greenwood variance, <c>conf.type = "log"</c> (S·exp(∓z·SE(-log S)), upper limit capped
/// at 1), and censorings at an event time still at risk at that time.
/// </summary>
public sealed class KaplanMeierEstimate
{
    /// <summary>survival's tolerance for "S equals the quantile level exactly" (<c>sqrt(.Machine$double.eps)</c>).</summary>
    private static readonly double Tolerance = Math.Sqrt(Math.Pow(2, -52));

    private KaplanMeierEstimate(IReadOnlyList<KaplanMeierStep> steps, int records, int events, double level)
    {
        Steps = steps;
        Records = records;
        Events = events;
        ConfidenceLevel = level;
    }

    public IReadOnlyList<KaplanMeierStep> Steps { get; }

    public int Records { get; }

    public int Events { get; }

    public double ConfidenceLevel { get; }

    public static KaplanMeierEstimate Compute(IReadOnlyList<double> time, IReadOnlyList<int> status, double confidenceLevel = 0.95)
    {
        var (t, d) = SurvivalInput.Validate(time, status);
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new StatisticsInputException($"confidence level must be in (0, 1), got {confidenceLevel}", nameof(confidenceLevel));
        }

        var z = TailProbability.NormalQuantile(1 - (1 - confidenceLevel) / 2);
        var order = Enumerable.Range(0, t.Length).OrderBy(i => t[i]).ToArray();
        var steps = new List<KaplanMeierStep>();
        var atRisk = t.Length;
        double survival = 1, greenwood = 0;
        for (var k = 0; k < order.Length;)
        {
            var now = t[order[k]];
            int events = 0, censored = 0;
            for (; k < order.Length && t[order[k]] == now; k++)
            {
                if (d[order[k]] == 1)
                {
                    events++;
                }
                else
                {
                    censored++;
                }
            }

            if (events > 0)
            {
                survival *= 1 - events / (double)atRisk;
                greenwood += events < atRisk ? events / ((double)atRisk * (atRisk - events)) : double.PositiveInfinity;
            }

            var se = Math.Sqrt(greenwood);
            double? lower = null, upper = null;
            if (survival > 0)
            {
                lower = survival * Math.Exp(-z * se);
                upper = Math.Min(1, survival * Math.Exp(z * se));
            }

            steps.Add(new KaplanMeierStep(now, atRisk, events, censored, survival, se, lower, upper));
            atRisk -= events + censored;
        }

        return new KaplanMeierEstimate(steps, t.Length, d.Sum(), confidenceLevel);
    }

    /// <summary>One curve per group, groups in ascending order (R's factor levels).</summary>
    public static IReadOnlyList<(TGroup Group, KaplanMeierEstimate Estimate)> ByGroup<TGroup>(
        IReadOnlyList<double> time, IReadOnlyList<int> status, IReadOnlyList<TGroup> group, double confidenceLevel = 0.95)
        where TGroup : notnull
    {
        var (t, d) = SurvivalInput.Validate(time, status);
        var (levels, index) = SurvivalInput.Groups(group, t.Length);
        return levels.Select((level, g) =>
        {
            var members = Enumerable.Range(0, t.Length).Where(i => index[i] == g).ToArray();
            return (level, Compute(members.Select(i => t[i]).ToArray(), members.Select(i => d[i]).ToArray(), confidenceLevel));
        }).ToArray();
    }

    /// <summary>
    /// The median survival time with its confidence limits as <c>print(survfit)</c> and
    /// <c>summary(survfit)$table</c> give them. It differs from <c>Quantile(0.5)</c> only when S stays
    /// exactly at 0.5 to the end of follow-up: the table then reports the time S reached 0.5.
    /// </summary>
    public SurvivalQuantile Median => QuantileCore(0.5, flatToEndGivesMidpoint: false);

    /// <summary>
    /// The p-quantile of survival time as <c>quantile.survfit</c>: the first time S(t) ≤ 1 - p; if S
    /// equals 1 - p on a flat stretch, the midpoint between its start and the next drop (or the last
    /// observed time if it never drops). The limits apply the same rule to the lower and upper
    /// confidence curves.
    /// </summary>
    public SurvivalQuantile Quantile(double p) => QuantileCore(p, flatToEndGivesMidpoint: true);

    private SurvivalQuantile QuantileCore(double p, bool flatToEndGivesMidpoint)
    {
        if (!(p > 0 && p < 1))
        {
            throw new StatisticsInputException($"quantile probability must be in (0, 1), got {p}", nameof(p));
        }

        var level = 1 - p;
        return new SurvivalQuantile(
            p,
            Crossing(Steps.Select(s => (double?)s.Survival).ToArray(), level, flatToEndGivesMidpoint),
            Crossing(Steps.Select(s => s.Lower).ToArray(), level, flatToEndGivesMidpoint),
            Crossing(Steps.Select(s => s.Upper).ToArray(), level, flatToEndGivesMidpoint));
    }

    /// <summary>The estimate at each requested time (<c>summary(fit, times, extend = TRUE)</c>).</summary>
    public IReadOnlyList<SurvivalAtTime> At(IReadOnlyList<double> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var result = new SurvivalAtTime[times.Count];
        for (var k = 0; k < times.Count; k++)
        {
            var when = times[k];
            if (!double.IsFinite(when))
            {
                throw new StatisticsInputException($"survival can only be read at finite times, got {when}", nameof(times));
            }

            var last = -1;
            while (last + 1 < Steps.Count && Steps[last + 1].Time <= when)
            {
                last++;
            }

            // At risk at 'when' = still under observation at that time: the risk set of the next row.
            var atRisk = last + 1 < Steps.Count ? Steps[last + 1].AtRisk : 0;
            result[k] = last < 0
                ? new SurvivalAtTime(when, atRisk, 1, 0, 1, 1)
                : new SurvivalAtTime(when, atRisk, Steps[last].Survival, Steps[last].StdErrSurvival, Steps[last].Lower, Steps[last].Upper);
        }

        return result;
    }

    private double? Crossing(double?[] curve, double level, bool flatToEndGivesMidpoint)
    {
        for (var i = 0; i < curve.Length; i++)
        {
            if (curve[i] is not { } value || value > level + Tolerance)
            {
                continue;
            }

            if (Math.Abs(value - level) >= Tolerance)
            {
                return Steps[i].Time;
            }

            for (var j = i + 1; j < curve.Length; j++)
            {
                if (curve[j] is not { } next || next < value - Tolerance)
                {
                    return (Steps[i].Time + Steps[j].Time) / 2;
                }
            }

            return flatToEndGivesMidpoint ? (Steps[i].Time + Steps[^1].Time) / 2 : Steps[i].Time;
        }

        return null;
    }
}
