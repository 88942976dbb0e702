using SlicerBridge.Statistics.Survival;

namespace SlicerBridge.Modeling.Outcomes;

/// <summary>
/// Model-level figures of a Cox fit: patients, events, log-likelihood, AIC, likelihood-ratio test and
/// Harrell's C. The test and C are null for a model with no terms (stepwise selection can drop every term).
/// </summary>
public sealed record CoxModelFit(int N, int Events, double LogLik, double Aic, double? LrChisq, int? LrDf, double? LrP, double? Concordance)
{
    internal static CoxModelFit From(CoxModel model) => new(
        model.Count, model.Events, model.LogLikelihood, model.Aic,
        model.LikelihoodRatioTest?.Statistic, model.LikelihoodRatioTest?.DegreesOfFreedom, model.LikelihoodRatioTest?.PValue,
        model.Concordance?.C);
}
