using SlicerBridge.Statistics.Discrimination;

namespace SlicerBridge.Reporting.Plots;

/// <summary>One ROC curve to draw, with the name shown in the legend.</summary>
public sealed record RocSeries(string Label, RocCurve Curve);
