namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>
/// What a caller adds to a score to make a panel. The label is the only thing on the panel that names
/// the patient, so it defaults to "Patient". The 95% interval comes from the standard error of the
/// linear predictor when the caller has the covariance (<see cref="ProbabilityEstimate.StandardError"/>),
/// else from <see cref="Interval"/>; with neither the panel says that no interval is available.
/// <see cref="Cohort"/> and <see cref="TimeLabel"/> name the outcome cohort and its time unit for readers.
/// </summary>
public sealed record RiskPanelOptions(
    string DisplayLabel = "Patient",
    double? LinearPredictorStandardError = null,
    (double Low, double High)? Interval = null,
    string? IntervalMethod = null,
    IReadOnlyList<double>? TrainingRadscores = null,
    string Cohort = "TACE outcome cohort",
    string? TimeLabel = null,
    IReadOnlyList<string>? Warnings = null);
