using SlicerBridge.Modeling.Outcomes;

namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>
/// Progression-free survival of an outcome cohort by score group (an outcomes analysis run in this
/// process or read back from its JSON), the group this patient falls in at that analysis's cut-off
/// (<see cref="OutcomesAnalysis.Low"/> or <see cref="OutcomesAnalysis.High"/>), and the cohort's
/// name and time unit as readers should see them (the time label defaults to the time column's name).
/// </summary>
public sealed record RiskPanelSurvival(OutcomesResult Outcomes, string PatientGroup, string Cohort = "TACE outcome cohort", string? TimeLabel = null);
