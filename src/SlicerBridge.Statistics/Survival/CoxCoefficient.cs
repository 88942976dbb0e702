namespace SlicerBridge.Statistics.Survival;

/// <summary>One row of <c>summary(coxph)</c>: coefficient, hazard ratio with its Wald CI, SE, z and p.</summary>
public sealed record CoxCoefficient(
    string Term, double Coefficient, double HazardRatio, double StdErr, double Z, double PValue, double HazardRatioLower, double HazardRatioUpper);
