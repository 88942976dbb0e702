namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// Course after conventional TACE. Progression-free survival is Weibull with proportional hazards (hazard
/// ratio 2 for proliferative HCC), administratively censored by a uniform end of follow-up (about 25%
/// censored); mRECIST objective response (CR/PR) is less frequent in proliferative HCC.
/// </summary>
/// <param name="PfsMonths">Time to progression or censoring, 0.1-month resolution.</param>
/// <param name="PfsEvent">True when progression (or death) was observed, false when censored.</param>
/// <param name="Response">True for complete or partial response (mRECIST), false for stable or progressive disease.</param>
public sealed record TaceOutcome(double PfsMonths, bool PfsEvent, bool Response)
{
    public const double WeibullShape = 1.2;
    public const double MedianPfsNonProliferativeMonths = 12;
    public const double ProliferativeHazardRatio = 2;
    public const double FollowUpMinMonths = 6;
    public const double FollowUpMaxMonths = 36;
    public const double ResponseRateNonProliferative = 0.75;
    public const double ResponseRateProliferative = 0.45;

    internal static TaceOutcome Draw(Random random, bool proliferative)
    {
        // S(t) = exp(-(t/scale)^k * HR), so the non-proliferative median is scale * ln(2)^(1/k).
        var scale = MedianPfsNonProliferativeMonths / Math.Pow(Math.Log(2), 1 / WeibullShape);
        var hazardRatio = proliferative ? ProliferativeHazardRatio : 1.0;
        var progression = scale * Math.Pow(-Math.Log(1 - random.NextDouble()) / hazardRatio, 1 / WeibullShape);
        var followUp = random.Uniform(FollowUpMinMonths, FollowUpMaxMonths);
        var observed = progression <= followUp;
        var months = Math.Max(0.1, Math.Round(observed ? progression : followUp, 1));
        var response = random.Bernoulli(proliferative ? ResponseRateProliferative : ResponseRateNonProliferative);
        return new TaceOutcome(months, observed, response);
    }
}
