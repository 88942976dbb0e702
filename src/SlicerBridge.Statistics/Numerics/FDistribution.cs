using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace SlicerBridge.Statistics.Numerics;

/// <summary>
/// F distribution tail and quantile at R's accuracy (<c>pf(lower.tail = FALSE)</c>, <c>qf</c>), for real-valued
/// degrees of freedom (the ICC(2,1) interval uses a non-integer df).
/// </summary>
internal static class FDistribution
{
    /// <summary>P(F &gt; f). Computed from the regularised incomplete beta of the complement, so tiny p keep their digits.</summary>
    public static double UpperTail(double f, double df1, double df2)
    {
        if (f <= 0)
        {
            return 1;
        }

        return SpecialFunctions.BetaRegularized(df2 / 2, df1 / 2, df2 / (df2 + df1 * f));
    }

    /// <summary>The quantile: MathNet's root as a start, then Newton steps on the CDF to full double precision.</summary>
    public static double Quantile(double p, double df1, double df2)
    {
        var x = FisherSnedecor.InvCDF(df1, df2, p);
        for (var iteration = 0; iteration < 8; iteration++)
        {
            var lowerTail = SpecialFunctions.BetaRegularized(df1 / 2, df2 / 2, df1 * x / (df1 * x + df2));
            var density = FisherSnedecor.PDF(df1, df2, x);
            if (!(density > 0))
            {
                break;
            }

            var step = (lowerTail - p) / density;
            x -= step;
            if (Math.Abs(step) <= 1e-15 * Math.Abs(x))
            {
                break;
            }
        }

        return x;
    }
}
