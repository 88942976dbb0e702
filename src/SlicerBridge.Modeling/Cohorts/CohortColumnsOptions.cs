namespace SlicerBridge.Modeling.Cohorts;

/// <summary>
/// What a cohort table must hold besides its id: the 0/1 outcome column, the clinical columns the model
/// uses, the number of cross-validation folds an optional <c>fold</c> column may name, and whether a
/// <c>split</c> column is required (a manifest) or optional (a clinical table: every row trains without it).
/// </summary>
public sealed record CohortColumnsOptions(
    string Outcome,
    IReadOnlyList<string> ClinicalColumns,
    int Folds,
    bool SplitRequired);
