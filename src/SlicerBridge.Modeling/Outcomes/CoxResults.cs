namespace SlicerBridge.Modeling.Outcomes;

/// <summary>
/// Cox models (Efron ties): each term alone (univariable), all terms together (multivariable), and
/// the stepwise-AIC model when asked. The score group's term is <c>&lt;score&gt;_high</c>; covariates keep their column names.
/// </summary>
public sealed record CoxResults(
    IReadOnlyList<HazardRatioRow> Univariable,
    IReadOnlyList<HazardRatioRow> Multivariable,
    CoxModelFit MultivariableModel,
    StepwiseResult? Stepwise);
