using System.Text.Json.Serialization;
using SlicerBridge.Statistics.Survival;

namespace SlicerBridge.Modeling.Outcomes;

/// <summary>
/// Kaplan-Meier summary of one group ("low", "high", or "all"): size, events, log-rank expected
/// events (null for "all"), median survival with its 95% CI (null where the curve or limit never
/// reaches 0.5), survival and numbers at risk at the chosen times, and the whole curve.
/// </summary>
public sealed record GroupSurvival(
    string Group,
    int N,
    int Events,
    double? ExpectedEvents,
    double? Median,
    double? MedianCiLow,
    double? MedianCiHigh,
    IReadOnlyList<SurvivalAtTime> AtTimes,
    IReadOnlyList<SurvivalCurvePoint> Curve)
{
    /// <summary>The estimate itself, for plots drawn in the same process; not serialised.</summary>
    [JsonIgnore]
    public KaplanMeierEstimate? Estimate { get; init; }

    internal static GroupSurvival From(string group, KaplanMeierEstimate km, double? expected, IReadOnlyList<double> times)
    {
        var median = km.Median;
        return new GroupSurvival(
            group, km.Records, km.Events, expected, median.Estimate, median.Lower, median.Upper, km.At(times),
            km.Steps.Select(s => new SurvivalCurvePoint(s.Time, s.AtRisk, s.Events, s.Censored, s.Survival, s.Lower, s.Upper)).ToArray())
        {
            Estimate = km,
        };
    }
}
