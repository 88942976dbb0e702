namespace SlicerBridge.Statistics.GroupComparison;

/// <summary>A test statistic with its degrees of freedom (null where the test has none) and p-value.</summary>
public sealed record TestResult(string Method, double Statistic, double? DegreesOfFreedom, double PValue);
