namespace SlicerBridge.Statistics.Calibration;

/// <summary>
/// Maximum-likelihood logistic fit of the outcome on a model's logit, <c>y ~ a + b·lp</c>
/// (the calibration slope model) or <c>y ~ a + offset(lp)</c> (calibration-in-the-large), by
/// Newton-Raphson run to full convergence.
/// </summary>
internal readonly record struct LogisticRecalibration(double Intercept, double Slope, double Deviance)
{
    private const int MaxIterations = 100;

    public static LogisticRecalibration Fit(ReadOnlySpan<int> y, ReadOnlySpan<double> lp, bool fitSlope)
    {
        double a = 0, b = 1;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            double g0 = 0, g1 = 0, h00 = 0, h01 = 0, h11 = 0;
            for (var i = 0; i < y.Length; i++)
            {
                var p = Logistic(a + b * lp[i]);
                var r = y[i] - p;
                var w = p * (1 - p);
                g0 += r;
                g1 += r * lp[i];
                h00 += w;
                h01 += w * lp[i];
                h11 += w * lp[i] * lp[i];
            }

            double da, db;
            if (fitSlope)
            {
                var det = h00 * h11 - h01 * h01;
                if (!(det > 0))
                {
                    throw new StatisticsInputException("the calibration model is not estimable (constant or separated predictions)", "probability");
                }

                da = (h11 * g0 - h01 * g1) / det;
                db = (h00 * g1 - h01 * g0) / det;
            }
            else
            {
                da = g0 / h00;
                db = 0;
            }

            a += da;
            b += db;
            if (Math.Abs(da) + Math.Abs(db) < 1e-13 * (1 + Math.Abs(a) + Math.Abs(b)))
            {
                return new LogisticRecalibration(a, b, DevianceAt(y, lp, a, b));
            }
        }

        throw new StatisticsInputException("the calibration model did not converge (outcome separated by the predictions)", "probability");
    }

    public static double DevianceAt(ReadOnlySpan<int> y, ReadOnlySpan<double> lp, double a, double b)
    {
        var loglik = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            var eta = a + b * lp[i];
            // log p = -log(1 + e^-eta), log(1 - p) = -log(1 + e^eta), both without cancellation.
            loglik -= y[i] == 1 ? Log1pExp(-eta) : Log1pExp(eta);
        }

        return -2 * loglik;
    }

    public static double Logistic(double eta) => 1 / (1 + Math.Exp(-eta));

    public static double Logit(double p) => Math.Log(p / (1 - p));

    private static double Log1pExp(double v) => v > 0 ? v + Math.Log(1 + Math.Exp(-v)) : Math.Log(1 + Math.Exp(v));
}
