using SlicerBridge.Statistics.Survival;

namespace SlicerBridge.Modeling.Outcomes;

/// <summary>Backward-forward selection by AIC (R's <c>step(direction = "both")</c>): the anova path, the terms kept and the final model.</summary>
public sealed record StepwiseResult(IReadOnlyList<CoxStep> Path, IReadOnlyList<string> Selected, IReadOnlyList<HazardRatioRow> Final, CoxModelFit FinalModel);
