using SlicerBridge.Statistics.Survival;

namespace SlicerBridge.Reporting.Plots;

/// <summary>One Kaplan-Meier curve to draw (a risk group), with the name shown in the legend and the risk table.</summary>
public sealed record KaplanMeierSeries(string Label, KaplanMeierEstimate Estimate);
