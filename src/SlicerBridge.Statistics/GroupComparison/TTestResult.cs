namespace SlicerBridge.Statistics.GroupComparison;

/// <summary>A two-sample t-test: t, df (fractional for Welch), p, the mean difference x̄ - ȳ and its CI.</summary>
public sealed record TTestResult(string Method, double T, double DegreesOfFreedom, double PValue, double MeanDifference, double Lower, double Upper);
