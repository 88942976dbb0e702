using SlicerBridge.Statistics.Calibration;
using SlicerBridge.Statistics.Discrimination;

namespace SlicerBridge.Modeling.Training;

/// <summary>
/// One model (radscore or nomogram) on one set: its score (radscore, or the nomogram's linear predictor), the
/// probability from its logistic model, ROC with the DeLong CI, the confusion table at the TRAINING Youden
/// cut-off (Wald CIs), calibration and decision curve. Calibration is null where it is not estimable (e.g.
/// predictions that separate the outcome), with the reason in <see cref="CalibrationNote"/>.
/// </summary>
public sealed record ModelEvaluation(
    string Model,
    IReadOnlyList<double> Score,
    IReadOnlyList<double> Probability,
    RocCurve Roc,
    AucInterval Auc,
    ConfusionMatrix AtCutoff,
    HosmerLemeshowTest? HosmerLemeshow,
    CalibrationSummary? Calibration,
    string? CalibrationNote,
    IReadOnlyList<DecisionCurvePoint> DecisionCurve);
