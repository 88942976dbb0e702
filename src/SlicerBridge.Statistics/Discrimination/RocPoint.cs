namespace SlicerBridge.Statistics.Discrimination;

/// <summary>One point of an empirical ROC curve.</summary>
public readonly record struct RocPoint(double Threshold, double Specificity, double Sensitivity)
{
    /// <summary>Youden's J + 1, the quantity pROC maximises for <c>best.method = "youden"</c>.</summary>
    public double SensitivityPlusSpecificity => Sensitivity + Specificity;
}
