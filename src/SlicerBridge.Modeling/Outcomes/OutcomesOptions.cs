namespace SlicerBridge.Modeling.Outcomes;

/// <summary>
/// What to analyse: the survival columns, the score and how to cut it, the covariates for the Cox
/// models and, optionally, a binary response column.
/// </summary>
/// <param name="Cutoff">A given cut-off; null asks for survminer's optimal cut-point (maximally selected log-rank statistic).</param>
/// <param name="RiskTimes">Times at which to report survival and numbers at risk; null picks evenly spaced round times over the follow-up.</param>
/// <param name="MinProportion">surv_cutpoint's minprop: the smallest share of patients either group may hold.</param>
public sealed record OutcomesOptions(
    string TimeColumn,
    string EventColumn,
    string ScoreColumn,
    double? Cutoff = null,
    IReadOnlyList<string>? Covariates = null,
    bool Stepwise = false,
    string? ResponseColumn = null,
    IReadOnlyList<double>? RiskTimes = null,
    double MinProportion = 0.1)
{
    /// <summary>The Cox term for "score above the cut-off".</summary>
    public string HighTerm => ScoreColumn + "_high";
}
