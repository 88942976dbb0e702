namespace SlicerBridge.Statistics.Survival;

/// <summary>
/// One row of a Kaplan-Meier table (survfit): a distinct observed time, the number at risk just
/// before it, events and censorings at it, S(t), the Greenwood SE of -log S (survfit's
/// <c>std.err</c>), the SE of S (what <c>summary()</c> prints) and the log-type confidence limits.
/// Once S = 0 the SE of -log S is infinite (as in R) and the SE of S and the limits are null (R: NaN/NA).
/// </summary>
public sealed record KaplanMeierStep(
    double Time, int AtRisk, int Events, int Censored, double Survival, double StdErrLogSurvival, double? Lower, double? Upper)
{
    public double? StdErrSurvival => Survival > 0 ? Survival * StdErrLogSurvival : null;
}
