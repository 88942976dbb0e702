namespace SlicerBridge.Statistics.Screening;

/// <summary>One single-rater ICC with psych's 95% interval and F test (F, df1, df2, upper-tail p).</summary>
public sealed record IccEstimate(double Value, double Lower, double Upper, double F, double Df1, double Df2, double P);
