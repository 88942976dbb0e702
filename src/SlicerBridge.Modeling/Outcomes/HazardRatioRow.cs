using SlicerBridge.Statistics.Survival;

namespace SlicerBridge.Modeling.Outcomes;

/// <summary>One Cox term: coefficient, hazard ratio with its Wald 95% CI, SE, z and Wald p.</summary>
public sealed record HazardRatioRow(string Term, double Coef, double Hr, double CiLow, double CiHigh, double Se, double Z, double P)
{
    internal static IReadOnlyList<HazardRatioRow> From(CoxModel model) =>
        model.Coefficients.Select(c => new HazardRatioRow(c.Term, c.Coefficient, c.HazardRatio, c.HazardRatioLower, c.HazardRatioUpper, c.StdErr, c.Z, c.PValue)).ToArray();
}
