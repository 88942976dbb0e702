namespace SlicerBridge.Statistics.Calibration;

/// <summary>The nonparametric calibration curve of <c>rms::val.prob</c>: <c>lowess(p, y, iter = 0)</c>, x sorted.</summary>
public sealed record CalibrationCurve(IReadOnlyList<double> Predicted, IReadOnlyList<double> Observed);
