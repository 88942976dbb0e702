namespace SlicerBridge.Reporting.Plots;

/// <summary>
/// How to draw Kaplan-Meier curves: the times of the numbers-at-risk table (also the x ticks),
/// axis titles, whether to shade the 95% confidence bands, and an optional note in the plot
/// (e.g. the log-rank p-value).
/// </summary>
public sealed record KaplanMeierPlotOptions(
    IReadOnlyList<double> RiskTimes,
    string TimeLabel = "Time",
    string SurvivalLabel = "Survival probability",
    bool ConfidenceBands = true,
    string? Note = null);
