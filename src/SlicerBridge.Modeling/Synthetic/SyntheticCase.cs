namespace SlicerBridge.Modeling.Synthetic;

/// <summary>One patient of a generated cohort: what was drawn, where it belongs, and which reads it has.</summary>
/// <param name="Spec">The patient's specification.</param>
/// <param name="Cohort"><c>train</c>, <c>validation</c>, or an outcome cohort (<c>tace1</c>, <c>tace2</c>, ...).</param>
/// <param name="Fold">Cross-validation fold 1-10 for training patients.</param>
/// <param name="HasReaderB">Whether reader B's masks are written.</param>
/// <param name="HasRepeat">Whether reader A's repeat masks are written.</param>
/// <param name="Outcome">Course after TACE, for outcome cohorts.</param>
public sealed record SyntheticCase(
    SyntheticPatientSpec Spec,
    string Cohort,
    int? Fold,
    bool HasReaderB,
    bool HasRepeat,
    TaceOutcome? Outcome)
{
    public string Id => Spec.Id;

    /// <summary>The case folder relative to the output folder, with '/' separators.</summary>
    public string Folder => "cases/" + Id;
}
