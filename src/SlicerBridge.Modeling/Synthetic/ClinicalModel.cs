namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// Serum AFP and demographics. log(AFP) is normal with a per-class mean chosen so that AFP &gt; 200 ng/mL has
/// the intended prevalence (55% proliferative, 20% non-proliferative) with a common log-SD of 2.
/// </summary>
internal static class ClinicalModel
{
    public const double AfpCutoff = 200;
    public const double AfpLogSd = 2.0;
    public const double AfpAboveCutoffProliferative = 0.55;
    public const double AfpAboveCutoffNonProliferative = 0.20;

    // ln(200) - 2 * z(1 - p): z(0.45) = -0.12566, z(0.80) = 0.84162.
    private static readonly double ProliferativeLogMedian = Math.Log(AfpCutoff) + AfpLogSd * 0.12566;
    private static readonly double NonProliferativeLogMedian = Math.Log(AfpCutoff) - AfpLogSd * 0.84162;

    /// <summary>AFP in ng/mL at the assay's 0.1 resolution, between 1 and 60 000.</summary>
    public static double DrawAfp(Random random, bool proliferative)
    {
        var logMedian = proliferative ? ProliferativeLogMedian : NonProliferativeLogMedian;
        return Math.Round(Math.Clamp(Math.Exp(random.Normal(logMedian, AfpLogSd)), 1, 60000), 1);
    }

    public static int DrawAge(Random random) => (int)Math.Round(Math.Clamp(random.Normal(57, 10), 28, 85));

    /// <summary>HCC is about five times commoner in men.</summary>
    public static bool DrawSexMale(Random random) => random.Bernoulli(0.83);
}
