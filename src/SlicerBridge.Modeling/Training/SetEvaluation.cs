using SlicerBridge.Modeling.Cohorts;
using SlicerBridge.Statistics.Discrimination;

namespace SlicerBridge.Modeling.Training;

/// <summary>
/// Both models on one set, and the paired DeLong test of radscore against nomogram AUC; the test is null (reason in
/// <see cref="DeLongNote"/>) when it is undefined, e.g. when the clinical terms do not change the radscore's ranking.
/// </summary>
public sealed record SetEvaluation(
    CohortSplit Split,
    IReadOnlyList<string> Ids,
    IReadOnlyList<int> Outcome,
    ModelEvaluation Radscore,
    ModelEvaluation Nomogram,
    PairedDeLongTest? DeLong,
    string? DeLongNote);
