namespace SlicerBridge.Statistics.Regression;

/// <summary>One row of R's <c>summary(glm)</c> plus the odds ratio and its Wald 95% interval (<c>exp(confint.default)</c>).</summary>
public sealed record LogisticCoefficient(
    string Term,
    double Estimate,
    double StandardError,
    double Z,
    double P,
    double OddsRatio,
    double OddsRatioLower,
    double OddsRatioUpper);
