namespace SlicerBridge.Statistics.Survival;

/// <summary>A chi-square statistic with its degrees of freedom and upper-tail p-value.</summary>
public sealed record ChiSquareTestResult(double Statistic, int DegreesOfFreedom, double PValue);
