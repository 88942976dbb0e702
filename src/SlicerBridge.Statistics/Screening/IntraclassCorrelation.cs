using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Screening;

/// <summary>Shrout-Fleiss / McGraw-Wong ICCs with psych::ICC's conventions (alpha = 0.05).</summary>
public static class IntraclassCorrelation
{
    private const double Confidence = 0.975;

    /// <param name="ratings">n subjects (rows) x k raters or repeats (columns), complete.</param>
    public static IccResult Compute(double[,] ratings)
    {
        MatrixCheck.FiniteMatrix(ratings, 2, "ICC ratings");
        if (ratings.GetLength(1) < 2)
        {
            throw new StatisticsInputException("need at least 2 raters (columns)", "ICC ratings");
        }

        var ms = TwoWayMeanSquares.Compute(ratings);
        if (!(ms.Mse > 0) || !(ms.Msw > 0))
        {
            throw new StatisticsInputException("raters agree exactly on every subject; the ICC is undefined", "ICC ratings");
        }

        double n = ms.Subjects, k = ms.Raters;
        var icc1 = (ms.Msr - ms.Msw) / (ms.Msr + (k - 1) * ms.Msw);
        var icc2 = (ms.Msr - ms.Mse) / (ms.Msr + (k - 1) * ms.Mse + k * (ms.Msc - ms.Mse) / n);
        var icc3 = (ms.Msr - ms.Mse) / (ms.Msr + (k - 1) * ms.Mse);

        return new IccResult(
            ms,
            FromFRatio(icc1, ms.Msr / ms.Msw, n - 1, n * (k - 1), k),
            AbsoluteAgreement(icc2, ms),
            FromFRatio(icc3, ms.Msr / ms.Mse, n - 1, (n - 1) * (k - 1), k),
            (ms.Msr - ms.Msw) / ms.Msr,
            (ms.Msr - ms.Mse) / (ms.Msr + (ms.Msc - ms.Mse) / n),
            (ms.Msr - ms.Mse) / ms.Msr);
    }

    /// <summary>ICC(1,1) and ICC(3,1): the interval follows from the exact F distribution of the mean-square ratio.</summary>
    private static IccEstimate FromFRatio(double icc, double f, double df1, double df2, double k)
    {
        var fLower = f / FDistribution.Quantile(Confidence, df1, df2);
        var fUpper = f * FDistribution.Quantile(Confidence, df2, df1);
        return new IccEstimate(
            icc,
            (fLower - 1) / (fLower + k - 1),
            (fUpper - 1) / (fUpper + k - 1),
            f,
            df1,
            df2,
            FDistribution.UpperTail(f, df1, df2));
    }

    /// <summary>ICC(2,1): Satterthwaite-type approximate df v (non-integer), as psych computes it; F test is MSR/MSE.</summary>
    private static IccEstimate AbsoluteAgreement(double icc, TwoWayMeanSquares ms)
    {
        double n = ms.Subjects, k = ms.Raters;
        var fj = ms.Msc / ms.Mse;
        var a = k * icc * fj + n * (1 + (k - 1) * icc) - k * icc;
        var b = n * (1 + (k - 1) * icc) - k * icc;
        var v = (k - 1) * (n - 1) * a * a / ((n - 1) * k * k * icc * icc * fj * fj + b * b);
        var fUpper = FDistribution.Quantile(Confidence, n - 1, v);
        var fLower = FDistribution.Quantile(Confidence, v, n - 1);
        var shared = k * ms.Msc + (k * n - k - n) * ms.Mse;
        var f = ms.Msr / ms.Mse;
        double df1 = n - 1, df2 = (n - 1) * (k - 1);
        return new IccEstimate(
            icc,
            n * (ms.Msr - fUpper * ms.Mse) / (fUpper * shared + n * ms.Msr),
            n * (fLower * ms.Msr - ms.Mse) / (shared + n * fLower * ms.Msr),
            f,
            df1,
            df2,
            FDistribution.UpperTail(f, df1, df2));
    }
}
