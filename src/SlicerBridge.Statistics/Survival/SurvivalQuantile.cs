namespace SlicerBridge.Statistics.Survival;

/// <summary>A survival-time quantile (e.g. the median) with its confidence limits; null where the curve never falls that low (R's NA).</summary>
public sealed record SurvivalQuantile(double Probability, double? Estimate, double? Lower, double? Upper);
