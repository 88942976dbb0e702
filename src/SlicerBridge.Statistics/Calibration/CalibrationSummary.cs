using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Calibration;

/// <summary>
/// Calibration of predicted probabilities: the slope and intercept of <c>glm(y ~ qlogis(p))</c>,
/// calibration-in-the-large (the intercept of <c>glm(y ~ offset(qlogis(p)))</c>) and the Brier score.
/// </summary>
public sealed record CalibrationSummary(double Slope, double InterceptWithSlope, double CalibrationInTheLarge, double Brier)
{
    /// <param name="outcome">0/1, both classes present.</param>
    /// <param name="probability">Predicted probabilities strictly inside (0, 1).</param>
    public static CalibrationSummary Compute(IReadOnlyList<int> outcome, IReadOnlyList<double> probability)
    {
        var (y, p, lp) = Prepare(outcome, probability);
        var slope = LogisticRecalibration.Fit(y, lp, fitSlope: true);
        var large = LogisticRecalibration.Fit(y, lp, fitSlope: false);
        return new CalibrationSummary(slope.Slope, slope.Intercept, large.Intercept, BrierScore(y, p));
    }

    /// <summary>Mean squared difference between probability and outcome.</summary>
    public static double BrierScore(ReadOnlySpan<int> outcome, ReadOnlySpan<double> probability)
    {
        var s = 0.0;
        for (var i = 0; i < outcome.Length; i++)
        {
            var d = probability[i] - outcome[i];
            s += d * d;
        }

        return s / outcome.Length;
    }

    internal static (int[] Y, double[] P, double[] Lp) Prepare(IReadOnlyList<int> outcome, IReadOnlyList<double> probability)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(probability);
        var y = outcome.ToArray();
        var p = probability.ToArray();
        InputCheck.SameLength(y.Length, p.Length, nameof(probability));
        InputCheck.BothClasses(y, nameof(outcome));
        InputCheck.Probabilities(p, nameof(probability), open: true);
        return (y, p, p.Select(LogisticRecalibration.Logit).ToArray());
    }
}
