namespace SlicerBridge.Statistics.Survival;

/// <summary>
/// One row of a Kaplan-Meier table (survfit): a distinct observed time, the number at risk just
/// before it, events and censorings at it, S(t), the Greenwood SE of -log S (survfit's
/// <c>std.err</c>), the SE of S (what <c>summary()</c> prints) and the log-type confidence limits.
/// The limits are null where S = 0, as R's NA.
/// </summary>
public sealed record KaplanMeierStep(
    double Time, int AtRisk, int Events, int Censored, double Survival, double StdErrLogSurvival, double? Lower, double? Upper)
{
    public double StdErrSurvival => Survival * StdErrLogSurvival;
}
