namespace SlicerBridge.Modeling.Outcomes;

/// <summary>Fisher's exact test of response by group: p and the conditional-MLE odds ratio of response, high versus low, with its exact 95% CI.</summary>
public sealed record FisherResult(double P, double OddsRatio, double CiLow, double CiHigh);
