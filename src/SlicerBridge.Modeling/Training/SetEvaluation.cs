using SlicerBridge.Modeling.Cohorts;
using SlicerBridge.Statistics.Discrimination;

namespace SlicerBridge.Modeling.Training;

/// <summary>Both models on one set, and the paired DeLong test of radscore against nomogram AUC.</summary>
public sealed record SetEvaluation(
    CohortSplit Split,
    IReadOnlyList<string> Ids,
    IReadOnlyList<int> Outcome,
    ModelEvaluation Radscore,
    ModelEvaluation Nomogram,
    PairedDeLongTest DeLong);
