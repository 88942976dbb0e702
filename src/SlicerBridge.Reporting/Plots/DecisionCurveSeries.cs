using SlicerBridge.Statistics.Calibration;

namespace SlicerBridge.Reporting.Plots;

/// <summary>The net-benefit curve of one model (all models of a plot must be computed on the same patients and thresholds).</summary>
public sealed record DecisionCurveSeries(string Label, IReadOnlyList<DecisionCurvePoint> Points);
