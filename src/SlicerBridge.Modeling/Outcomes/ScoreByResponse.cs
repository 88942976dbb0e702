namespace SlicerBridge.Modeling.Outcomes;

/// <summary>
/// The continuous score in responders versus non-responders: group sizes and medians, and the
/// Wilcoxon rank-sum test (<c>wilcox.test(responders, non_responders)</c>, W = rank sum of responders minus n(n+1)/2).
/// </summary>
public sealed record ScoreByResponse(
    int NResponders, int NNonResponders, double MedianResponders, double MedianNonResponders, double W, double P, bool Exact);
