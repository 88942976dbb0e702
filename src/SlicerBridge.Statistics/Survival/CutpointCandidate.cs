namespace SlicerBridge.Statistics.Survival;

/// <summary>A candidate cut: patients with x ≤ Cut form the low group of size CountLow; Statistic is the standardised log-rank score statistic.</summary>
public readonly record struct CutpointCandidate(double Cut, int CountLow, double Statistic);
