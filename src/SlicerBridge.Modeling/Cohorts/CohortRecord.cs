namespace SlicerBridge.Modeling.Cohorts;

/// <summary>
/// One case's non-image data, as checked from a manifest or clinical table: its id, split, 0/1 outcome,
/// the clinical values the model uses (by column name), and the cross-validation fold if one was given.
/// </summary>
public sealed record CohortRecord(
    int Line,
    string Id,
    CohortSplit Split,
    int Outcome,
    IReadOnlyDictionary<string, double> Clinical,
    int? Fold);
