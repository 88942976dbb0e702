namespace SlicerBridge.Reporting.Plots;

/// <summary>Predicted probabilities (strictly inside 0..1) and the observed 0/1 outcomes of one model.</summary>
public sealed record CalibrationSeries(string Label, IReadOnlyList<int> Outcome, IReadOnlyList<double> Probability);
