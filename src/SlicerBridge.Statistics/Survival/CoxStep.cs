namespace SlicerBridge.Statistics.Survival;

/// <summary>
/// One row of <c>step()$anova</c>: the change ("" for the start, "- x" or "+ x"), the change in
/// residual df and the absolute change in deviance (null on the first row), the residual df
/// (events - p) and deviance (-2 log L), and the AIC.
/// </summary>
public sealed record CoxStep(string Change, int? DfChange, double? DevianceChange, int ResidualDf, double ResidualDeviance, double Aic);
