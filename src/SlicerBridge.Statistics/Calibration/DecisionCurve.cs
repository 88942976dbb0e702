using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Calibration;

/// <summary>
/// Decision-curve analysis (Vickers and Elkin 2006) as the study's R script computes it: at
/// threshold pt a patient is treated when p ≥ pt; net benefit = TP/n - FP/n · pt/(1 - pt);
/// treat-all = prevalence - (1 - prevalence) · pt/(1 - pt).
/// </summary>
public static class DecisionCurve
{
    /// <summary>The thresholds k/100, k = 1..99, the grid of the study's curves.</summary>
    public static IReadOnlyList<double> PercentThresholds { get; } = Enumerable.Range(1, 99).Select(k => k / 100.0).ToArray();

    public static IReadOnlyList<DecisionCurvePoint> Compute(IReadOnlyList<int> outcome, IReadOnlyList<double> probability, IReadOnlyList<double>? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(probability);
        thresholds ??= PercentThresholds;
        var y = outcome.ToArray();
        var p = probability.ToArray();
        InputCheck.SameLength(y.Length, p.Length, nameof(probability));
        if (y.Length == 0)
        {
            throw new StatisticsInputException("decision curve needs at least one patient", nameof(outcome));
        }

        var events = InputCheck.BinaryOutcome(y, nameof(outcome));
        InputCheck.Probabilities(p, nameof(probability), open: false);
        var n = (double)y.Length;
        var prevalence = events / n;
        var points = new DecisionCurvePoint[thresholds.Count];
        for (var k = 0; k < thresholds.Count; k++)
        {
            var pt = thresholds[k];
            if (!(pt > 0 && pt < 1))
            {
                throw new StatisticsInputException($"threshold probabilities must be in (0, 1), got {pt}", nameof(thresholds));
            }

            int tp = 0, fp = 0;
            for (var i = 0; i < y.Length; i++)
            {
                if (p[i] >= pt)
                {
                    if (y[i] == 1)
                    {
                        tp++;
                    }
                    else
                    {
                        fp++;
                    }
                }
            }

            var odds = pt / (1 - pt);
            points[k] = new DecisionCurvePoint(pt, tp / n - fp / n * odds, prevalence - (1 - prevalence) * odds);
        }

        return points;
    }
}
