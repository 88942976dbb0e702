using MathNet.Numerics.LinearAlgebra;
using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Regression;

/// <summary>
/// Logistic regression as <c>glm(y ~ x, family = binomial)</c>: IRLS from mu = (y + 1/2)/2, stopping when
/// |dev - dev_old| / (|dev| + 0.1) &lt; 1e-8 (maxit 25), the weighted least squares solved by QR. The standard errors
/// come from that last QR, whose weights belong to the previous iterate, exactly as <c>summary.glm</c> reports them.
/// <para>
/// Separation: where R finishes with "fitted probabilities numerically 0 or 1 occurred" (and often "did not
/// converge") its estimates and SEs are meaningless, so this throws an <see cref="StatisticsInputException"/> instead.
/// </para>
/// </summary>
public static class LogisticRegression
{
    private const double Epsilon = 1e-8;
    private const int MaxIterations = 25;
    private const double LinkBound = 30;
    private const double RankTolerance = 1e-7;

    /// <summary>R's .Machine$double.eps (not .NET's double.Epsilon, the smallest subnormal).</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    /// <param name="x">Predictors (rows = patients); an intercept is added.</param>
    /// <param name="terms">Names of the predictor columns, for the coefficient table.</param>
    public static LogisticFit Fit(double[,] x, IReadOnlyList<int> y, IReadOnlyList<string> terms)
    {
        const string where = "logistic regression data";
        MatrixCheck.FiniteMatrix(x, 2, where);
        ArgumentNullException.ThrowIfNull(terms);
        int n = x.GetLength(0), p = x.GetLength(1) + 1;
        MatrixCheck.BinaryOutcome(y, n, where);
        if (terms.Count != p - 1)
        {
            throw new StatisticsInputException($"{terms.Count} term names for {p - 1} predictors", where);
        }

        if (n <= p)
        {
            throw new StatisticsInputException($"{n} patients cannot support {p} coefficients", where);
        }

        var design = Matrix<double>.Build.Dense(n, p, (i, j) => j == 0 ? 1 : x[i, j - 1]);
        var outcome = y.Select(v => (double)v).ToArray();
        var mu = outcome.Select(v => (v + 0.5) / 2).ToArray();
        var eta = mu.Select(m => Math.Log(m / (1 - m))).ToArray();
        var devianceOld = Deviance(outcome, mu);
        Vector<double> beta = Vector<double>.Build.Dense(p);
        Matrix<double> r = Matrix<double>.Build.Dense(p, p);
        double deviance = devianceOld;
        var converged = false;
        var iteration = 0;
        while (!converged && iteration < MaxIterations)
        {
            iteration++;
            var weighted = Matrix<double>.Build.Dense(n, p);
            var response = Vector<double>.Build.Dense(n);
            for (var i = 0; i < n; i++)
            {
                var derivative = MuEta(eta[i]);
                var w = Math.Sqrt(derivative * derivative / (mu[i] * (1 - mu[i])));
                response[i] = (eta[i] + (outcome[i] - mu[i]) / derivative) * w;
                for (var j = 0; j < p; j++)
                {
                    weighted[i, j] = design[i, j] * w;
                }
            }

            var qr = weighted.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
            r = qr.R;
            CheckRank(r, terms);
            beta = qr.Solve(response);
            var linear = design * beta;
            for (var i = 0; i < n; i++)
            {
                eta[i] = linear[i];
                mu[i] = LinkInverse(eta[i]);
            }

            deviance = Deviance(outcome, mu);
            converged = Math.Abs(deviance - devianceOld) / (Math.Abs(deviance) + 0.1) < Epsilon;
            devianceOld = deviance;
        }

        if (!converged || mu.Any(m => m < 10 * MachineEpsilon || m > 1 - 10 * MachineEpsilon))
        {
            throw new StatisticsInputException(
                "the outcome is (quasi-)perfectly separated by the predictors: fitted probabilities reach 0 or 1 and the " +
                "odds ratios are infinite (R: 'fitted probabilities numerically 0 or 1 occurred')", where);
        }

        var rInverse = r.Inverse();
        var covariance = rInverse * rInverse.Transpose();
        var z975 = TailProbability.NormalQuantile(0.975);
        var coefficients = new LogisticCoefficient[p];
        for (var j = 0; j < p; j++)
        {
            var se = Math.Sqrt(covariance[j, j]);
            var z = beta[j] / se;
            coefficients[j] = new LogisticCoefficient(
                j == 0 ? "(Intercept)" : terms[j - 1],
                beta[j],
                se,
                z,
                TailProbability.NormalTwoSided(z),
                Math.Exp(beta[j]),
                Math.Exp(beta[j] - z975 * se),
                Math.Exp(beta[j] + z975 * se));
        }

        var meanY = outcome.Average();
        return new LogisticFit(coefficients, deviance, Deviance(outcome, outcome.Select(_ => meanY).ToArray()), n, iteration);
    }

    /// <summary>One model per predictor (univariable screening), each with its own intercept.</summary>
    public static IReadOnlyList<LogisticFit> Univariable(double[,] x, IReadOnlyList<int> y, IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(x);
        return Enumerable.Range(0, x.GetLength(1)).Select(j =>
        {
            var column = new double[x.GetLength(0), 1];
            for (var i = 0; i < x.GetLength(0); i++)
            {
                column[i, 0] = x[i, j];
            }

            return Fit(column, y, [terms[j]]);
        }).ToArray();
    }

    /// <summary>Binomial deviance, 2 sum y log(y/mu) + (1-y) log((1-y)/(1-mu)), with 0 log 0 = 0.</summary>
    private static double Deviance(double[] y, double[] mu)
    {
        var sum = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            sum -= 2 * (y[i] > 0 ? Math.Log(mu[i]) : Math.Log(1 - mu[i]));
        }

        return sum;
    }

    /// <summary>R's logit mu.eta, floored at machine epsilon outside |eta| &lt;= 30.</summary>
    private static double MuEta(double eta)
    {
        if (Math.Abs(eta) > LinkBound)
        {
            return MachineEpsilon;
        }

        var e = Math.Exp(eta);
        return e / ((1 + e) * (1 + e));
    }

    /// <summary>R's logit linkinv, bounded to [eps, 1/eps] in odds outside |eta| &lt;= 30.</summary>
    private static double LinkInverse(double eta)
    {
        var e = eta < -LinkBound ? MachineEpsilon : eta > LinkBound ? 1 / MachineEpsilon : Math.Exp(eta);
        return e / (1 + e);
    }

    private static void CheckRank(Matrix<double> r, IReadOnlyList<string> terms)
    {
        var largest = Enumerable.Range(0, r.ColumnCount).Max(j => Math.Abs(r[j, j]));
        for (var j = 0; j < r.ColumnCount; j++)
        {
            if (Math.Abs(r[j, j]) < RankTolerance * largest)
            {
                throw new StatisticsInputException(
                    $"predictor {(j == 0 ? "(Intercept)" : terms[j - 1])} is collinear with the others; its coefficient is not identifiable",
                    "logistic regression data");
            }
        }
    }
}
