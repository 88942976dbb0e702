namespace SlicerBridge.Reporting.Plots;

/// <summary>
/// What a nomogram shows, independent of the model that made it: per predictor the values on its
/// axis and their points (0..<see cref="MaxPoints"/>), and the outcome axis (e.g. probability) as
/// labels placed at total points. Total-points ticks default to round numbers over the sum of the
/// predictors' largest points. With a <see cref="Patient"/> the plot also marks one patient's points.
/// </summary>
public sealed record NomogramScale(
    IReadOnlyList<NomogramAxis> Predictors,
    NomogramAxis Outcome,
    IReadOnlyList<double>? TotalPointsTicks = null,
    double MaxPoints = 100,
    NomogramPatient? Patient = null);
