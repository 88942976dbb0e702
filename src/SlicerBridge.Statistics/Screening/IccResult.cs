namespace SlicerBridge.Statistics.Screening;

/// <summary>
/// psych::ICC(lmer = FALSE) for one feature: ICC(1,1) one-way, ICC(2,1) absolute agreement (two-way random),
/// ICC(3,1) consistency (two-way mixed), their k-rater averages, and what psych's default lmer = TRUE call returns.
/// </summary>
public sealed record IccResult(
    TwoWayMeanSquares MeanSquares,
    IccEstimate Icc1,
    IccEstimate Icc2,
    IccEstimate Icc3,
    double Icc1k,
    double Icc2k,
    double Icc3k)
{
    /// <summary>
    /// psych's default (REML variance components). For a balanced complete table REML equals the ANOVA estimate
    /// unless the rater mean square is below the residual one; then the rater variance is truncated at 0 and the
    /// model collapses to one-way, so ICC(2,1) and ICC(3,1) both become ICC(1,1).
    /// </summary>
    public double Icc2PsychDefault => MeanSquares.Msc >= MeanSquares.Mse ? Icc2.Value : Icc1.Value;

    /// <inheritdoc cref="Icc2PsychDefault"/>
    public double Icc3PsychDefault => MeanSquares.Msc >= MeanSquares.Mse ? Icc3.Value : Icc1.Value;
}
