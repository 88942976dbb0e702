namespace SlicerBridge.Reporting.Outcomes;

/// <summary>Wording of an outcomes report: title, the source shown to readers (a file name, never a full path), and the time axis label.</summary>
public sealed record OutcomesReportOptions(
    string Title = "Outcomes after TACE by score group",
    string? Source = null,
    string? TimeLabel = null,
    string SurvivalLabel = "Progression-free survival");
