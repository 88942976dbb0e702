namespace SlicerBridge.Statistics.Discrimination;

/// <summary>
/// Counts at one threshold and the proportions read from them (pROC's <c>coords</c>: PPV and NPV
/// straight from the table, no prevalence adjustment).
/// </summary>
public sealed record ConfusionMatrix(double Threshold, int TruePositive, int FalsePositive, int TrueNegative, int FalseNegative)
{
    public int Total => TruePositive + FalsePositive + TrueNegative + FalseNegative;

    public Proportion Sensitivity(ProportionIntervalMethod method = ProportionIntervalMethod.Wald, double level = 0.95) =>
        Proportion.Of(TruePositive, TruePositive + FalseNegative, method, level);

    public Proportion Specificity(ProportionIntervalMethod method = ProportionIntervalMethod.Wald, double level = 0.95) =>
        Proportion.Of(TrueNegative, TrueNegative + FalsePositive, method, level);

    public Proportion PositivePredictiveValue(ProportionIntervalMethod method = ProportionIntervalMethod.Wald, double level = 0.95) =>
        Proportion.Of(TruePositive, TruePositive + FalsePositive, method, level);

    public Proportion NegativePredictiveValue(ProportionIntervalMethod method = ProportionIntervalMethod.Wald, double level = 0.95) =>
        Proportion.Of(TrueNegative, TrueNegative + FalseNegative, method, level);

    public Proportion Accuracy(ProportionIntervalMethod method = ProportionIntervalMethod.Wald, double level = 0.95) =>
        Proportion.Of(TruePositive + TrueNegative, Total, method, level);

    /// <summary>Classifies with pROC's rule: direction <c>&lt;</c> calls predictor ≥ threshold positive, <c>&gt;</c> calls predictor ≤ threshold positive.</summary>
    public static ConfusionMatrix At(IReadOnlyList<int> outcome, IReadOnlyList<double> predictor, double threshold, RocDirection direction)
    {
        if (direction == RocDirection.Auto)
        {
            throw new StatisticsInputException("classification needs a resolved direction, not Auto", nameof(direction));
        }

        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(predictor);
        Numerics.InputCheck.SameLength(outcome.Count, predictor.Count, nameof(predictor));
        if (double.IsNaN(threshold))
        {
            throw new StatisticsInputException("threshold is NaN", nameof(threshold));
        }

        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (var i = 0; i < outcome.Count; i++)
        {
            var positive = direction == RocDirection.ControlsLower ? predictor[i] >= threshold : predictor[i] <= threshold;
            switch ((outcome[i], positive))
            {
                case (1, true): tp++; break;
                case (1, false): fn++; break;
                case (0, true): fp++; break;
                case (0, false): tn++; break;
                default: throw new StatisticsInputException($"outcome must be coded 0/1, found {outcome[i]}", nameof(outcome));
            }
        }

        return new ConfusionMatrix(threshold, tp, fp, tn, fn);
    }
}
