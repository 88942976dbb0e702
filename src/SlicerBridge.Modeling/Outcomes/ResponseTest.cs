namespace SlicerBridge.Modeling.Outcomes;

/// <summary>A test statistic (null for Fisher's exact test) with degrees of freedom and p-value.</summary>
public sealed record ResponseTest(double? Statistic, double? Df, double P);
