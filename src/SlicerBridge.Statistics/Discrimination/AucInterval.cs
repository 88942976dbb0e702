namespace SlicerBridge.Statistics.Discrimination;

/// <summary>An AUC with its confidence interval (pROC's <c>ci.auc</c> triple).</summary>
public readonly record struct AucInterval(double Lower, double Auc, double Upper);
