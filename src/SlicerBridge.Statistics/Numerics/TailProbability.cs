using MathNet.Numerics;

namespace SlicerBridge.Statistics.Numerics;

/// <summary>
/// Upper-tail and two-sided p-values computed from the complementary special functions, as R's
/// <c>lower.tail = FALSE</c> does, so that small p-values keep their relative precision instead of
/// being lost in <c>1 - cdf</c>.
/// </summary>
public static class TailProbability
{
    /// <summary>P(|Z| ≥ |z|) for a standard normal Z (R: <c>2 * pnorm(-abs(z))</c>).</summary>
    public static double NormalTwoSided(double z) => SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2.0));

    /// <summary>P(Z ≥ z) for a standard normal Z (R: <c>pnorm(z, lower.tail = FALSE)</c>).</summary>
    public static double NormalUpper(double z) => 0.5 * SpecialFunctions.Erfc(z / Math.Sqrt(2.0));

    /// <summary>P(X ≥ x) for a chi-square X with <paramref name="df"/> degrees of freedom.</summary>
    public static double ChiSquareUpper(double x, double df)
    {
        if (x <= 0)
        {
            return 1.0;
        }

        return double.IsPositiveInfinity(x) ? 0.0 : SpecialFunctions.GammaUpperRegularized(df / 2.0, x / 2.0);
    }

    /// <summary>P(|T| ≥ |t|) for Student's t with <paramref name="df"/> (possibly non-integer) degrees of freedom.</summary>
    public static double StudentTwoSided(double t, double df)
    {
        var x = df / (df + t * t);
        return SpecialFunctions.BetaRegularized(df / 2.0, 0.5, x);
    }

    /// <summary>The standard normal quantile (R: <c>qnorm(p)</c>).</summary>
    public static double NormalQuantile(double p) => MathNet.Numerics.Distributions.Normal.InvCDF(0.0, 1.0, p);
}
