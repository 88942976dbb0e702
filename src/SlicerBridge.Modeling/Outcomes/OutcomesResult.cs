namespace SlicerBridge.Modeling.Outcomes;

/// <summary>
/// The TACE outcomes analysis of one table: the cut-off, Kaplan-Meier per group (and overall), the
/// log-rank test, Cox models, and response when asked. Serialised by <see cref="OutcomesJson"/>.
/// </summary>
public sealed record OutcomesResult(
    string Time,
    string Event,
    string Score,
    int N,
    int Events,
    CutoffResult Cutoff,
    IReadOnlyList<double> RiskTimes,
    IReadOnlyList<GroupSurvival> Groups,
    GroupSurvival Overall,
    LogRankResult Logrank,
    CoxResults Cox,
    ResponseResult? Response);
