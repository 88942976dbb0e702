using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Statistics.Lasso;
using SlicerBridge.Statistics.Nomogram;
using SlicerBridge.Statistics.Regression;

namespace SlicerBridge.Modeling.Training;

/// <summary>
/// Everything a training run found, for the package and the report: screening counts, the LASSO
/// cross-validation (on the features that reached it, named in <see cref="LassoFeatures"/>), the logistic
/// models, the nomogram, per-set evaluations (validation null when every case trained), and the package.
/// </summary>
public sealed record TrainingResult(
    TrainingOptions Options,
    IReadOnlyList<ScreeningStage> Screening,
    IReadOnlyList<string> LassoFeatures,
    IReadOnlyList<int> FoldIds,
    bool FoldsGiven,
    LassoCvResult Lasso,
    IReadOnlyList<LogisticFit> Univariable,
    LogisticFit Multivariable,
    LogisticNomogram Nomogram,
    SetEvaluation Train,
    SetEvaluation? Validation,
    ModelPackage Package);
