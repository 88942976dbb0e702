namespace SlicerBridge.Statistics.Survival;

/// <summary>The Kaplan-Meier estimate at a chosen time, as <c>summary(fit, times, extend = TRUE)</c>.</summary>
public sealed record SurvivalAtTime(double Time, int AtRisk, double Survival, double? StdErrSurvival, double? Lower, double? Upper);
