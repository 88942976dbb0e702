using SlicerBridge.Statistics.Discrimination;
using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Calibration;

/// <summary>
/// The statistics of <c>rms::val.prob(p, y)</c> (rms 6.5). Discrimination (C, Dxy, with rms's binning
/// of probabilities) and the D index are those of the probabilities taken as they are (intercept 0, slope 1); Intercept and Slope come from
/// refitting <c>y ~ logit(p)</c>; U compares the two; Emax, E90 and Eavg are the largest, 90th
/// percentile and mean of |p - lowess(p, y, iter = 0)|; S is Spiegelhalter's z-test. rms 6.5
/// reports D:p as NA, so it is not offered.
/// </summary>
public sealed record ProbabilityValidation(
    double Dxy,
    double C,
    double R2,
    double D,
    double DChiSquare,
    double U,
    double UChiSquare,
    double UPValue,
    double Q,
    double Brier,
    double Intercept,
    double Slope,
    double Emax,
    double E90,
    double Eavg,
    double SpiegelhalterZ,
    double SpiegelhalterP,
    CalibrationCurve Curve)
{
    public static ProbabilityValidation Compute(IReadOnlyList<int> outcome, IReadOnlyList<double> probability)
    {
        var (y, p, lp) = CalibrationSummary.Prepare(outcome, probability);
        var n = y.Length;
        var c = BinnedConcordance(y, lp);

        var events = y.Sum();
        var nullDeviance = -2 * (events * Math.Log(events / (double)n) + (n - events) * Math.Log((n - events) / (double)n));
        var fixedDeviance = LogisticRecalibration.DevianceAt(y, lp, 0, 1);
        var lr = nullDeviance - fixedDeviance;
        var r2 = (1 - Math.Exp(-lr / n)) / (1 - Math.Exp(-nullDeviance / n));
        var recalibrated = LogisticRecalibration.Fit(y, lp, fitSlope: true);
        var uChiSquare = fixedDeviance - recalibrated.Deviance;
        var d = (lr - 1) / n;
        var u = (uChiSquare - 2) / n;

        var (curveX, curveY) = Lowess.Smooth(p, y.Select(v => (double)v).ToArray());
        var errors = AbsoluteCalibrationErrors(p, curveX, curveY);
        var sortedErrors = errors.Order().ToArray();

        double numerator = 0, variance = 0;
        for (var i = 0; i < n; i++)
        {
            var s = 1 - 2 * p[i];
            numerator += (y[i] - p[i]) * s;
            variance += s * s * p[i] * (1 - p[i]);
        }

        var z = numerator / Math.Sqrt(variance);
        return new ProbabilityValidation(
            2 * (c - 0.5), c, r2, d, lr, u, uChiSquare, TailProbability.ChiSquareUpper(uChiSquare, 2), d - u,
            CalibrationSummary.BrierScore(y, p), recalibrated.Intercept, recalibrated.Slope,
            sortedErrors[^1], Quantile.Type7Sorted(sortedErrors, 0.9), errors.Average(),
            z, TailProbability.NormalTwoSided(z), new CalibrationCurve(curveX, curveY));
    }

    /// <summary>
    /// C as rms 6.5's <c>lrm.fit</c> reports it: its Fortran ranks the predicted probabilities through a
    /// frequency table of 1/5000-wide bins, so case/control pairs in the same bin count as ties. (Inferred:
    /// this binning reproduces all four golden C values, the unbinned C misses the training ones by up to
    /// one pair; the exact C is <see cref="RocCurve.Auc"/>.)
    /// </summary>
    private static double BinnedConcordance(int[] y, double[] lp)
    {
        var bins = lp.Select(v => Math.Floor(5000 * LogisticRecalibration.Logistic(v))).ToArray();
        return RocCurve.Create(y, bins, RocDirection.ControlsLower).Auc;
    }

    /// <summary>|p - smooth(p)| where the smooth at a tied p is the mean of its fitted values (R: <c>approx(Sm, xout = p, ties = mean)</c>).</summary>
    private static double[] AbsoluteCalibrationErrors(double[] p, double[] curveX, double[] curveY)
    {
        var atValue = new Dictionary<double, (double Sum, int Count)>();
        for (var i = 0; i < curveX.Length; i++)
        {
            atValue.TryGetValue(curveX[i], out var acc);
            atValue[curveX[i]] = (acc.Sum + curveY[i], acc.Count + 1);
        }

        return p.Select(v =>
        {
            var (sum, count) = atValue[v];
            return Math.Abs(v - sum / count);
        }).ToArray();
    }
}
