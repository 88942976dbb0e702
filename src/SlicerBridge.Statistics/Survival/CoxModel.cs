using MathNet.Numerics.LinearAlgebra;
using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Survival;

/// <summary>
/// A Cox proportional-hazards fit as R's <c>coxph</c> (defaults: Efron ties, eps = 1e-9,
/// iter.max = 20): Newton-Raphson from β = 0 with coxph's step halving and stopping rule
/// (|1 - ℓ_old/ℓ_new| ≤ eps), Wald coefficients and CIs, and the likelihood-ratio, Wald and score
/// tests of <c>summary(coxph)</c>. A model with no covariates gives the null log-likelihood only.
/// </summary>
public sealed class CoxModel
{
    private const double Eps = 1e-9;
    private const int MaxIterations = 20;
    private static readonly double TolerInf = Math.Sqrt(Eps);
    private static readonly double TolerChol = Math.Pow(2, -52 * 0.75);

    private CoxModel()
    {
    }

    public CoxTies Ties { get; private init; }

    public int Count { get; private init; }

    public int Events { get; private init; }

    public IReadOnlyList<CoxCoefficient> Coefficients { get; private init; } = [];

    /// <summary>Variance-covariance matrix of the coefficients (inverse information), row-major p x p.</summary>
    public double[,] Variance { get; private init; } = new double[0, 0];

    public double LogLikelihoodNull { get; private init; }

    public double LogLikelihood { get; private init; }

    public ChiSquareTestResult? LikelihoodRatioTest { get; private init; }

    /// <summary>b' V⁻¹ b, unrounded (<c>fit$wald.test</c>).</summary>
    public ChiSquareTestResult? WaldTest { get; private init; }

    /// <summary>The score (log-rank-type) test at β = 0.</summary>
    public ChiSquareTestResult? ScoreTest { get; private init; }

    public Concordance? Concordance { get; private init; }

    /// <summary>Newton iterations used, counted as coxph's <c>fit$iter</c>.</summary>
    public int Iterations { get; private init; }

    /// <summary>-2 log L + 2p, as <c>AIC(coxph)</c> and <c>extractAIC</c>.</summary>
    public double Aic => -2 * LogLikelihood + 2 * Coefficients.Count;

    /// <summary>The linear predictor of each patient with centred covariates (coxph's <c>linear.predictors</c>).</summary>
    public IReadOnlyList<double> LinearPredictor { get; private init; } = [];

    public static CoxModel Fit(IReadOnlyList<double> time, IReadOnlyList<int> status, IReadOnlyList<Covariate> covariates, CoxTies ties = CoxTies.Efron)
    {
        var (t, d) = SurvivalInput.Validate(time, status);
        ArgumentNullException.ThrowIfNull(covariates);
        var events = d.Sum();
        if (events == 0)
        {
            throw new StatisticsInputException("all patients are censored; a Cox model needs at least one event", nameof(status));
        }

        var columns = covariates.Select(c =>
        {
            var values = c.Values.ToArray();
            InputCheck.SameLength(t.Length, values.Length, c.Name);
            InputCheck.Finite(values, c.Name);
            if (values.All(v => v == values[0]))
            {
                throw new StatisticsInputException($"covariate '{c.Name}' is constant; its hazard ratio cannot be estimated", c.Name);
            }

            return values;
        }).ToArray();

        var p = columns.Length;
        var likelihood = new CoxPartialLikelihood(t, d, columns, ties);
        var score = new double[p];
        var info = new double[p * p];
        var beta = new double[p];
        var loglikNull = likelihood.Evaluate(beta, score, info);
        if (p == 0)
        {
            return new CoxModel { Ties = ties, Count = t.Length, Events = events, LogLikelihoodNull = loglikNull, LogLikelihood = loglikNull };
        }

        var firstStep = Solve(info, score, covariates);
        var scoreStatistic = firstStep.DotProduct(Vector<double>.Build.Dense(score));
        var newBeta = Add(beta, firstStep);
        var current = loglikNull;
        var newLik = loglikNull;
        var halving = false;
        var iterations = 0;
        var converged = false;
        for (var iter = 1; iter <= MaxIterations; iter++)
        {
            iterations = iter;
            newLik = likelihood.Evaluate(newBeta, score, info);
            var finite = double.IsFinite(newLik);
            if (finite && Math.Abs(1 - current / newLik) <= Eps && !halving)
            {
                converged = true;
                break;
            }

            if (iter == MaxIterations)
            {
                break;
            }

            if (!finite || newLik < current)
            {
                // Not improving: go back half way towards the last accepted point.
                halving = true;
                for (var j = 0; j < p; j++)
                {
                    newBeta[j] = (newBeta[j] + beta[j]) / 2;
                }
            }
            else
            {
                halving = false;
                current = newLik;
                beta = (double[])newBeta.Clone();
                newBeta = Add(beta, Solve(info, score, covariates));
            }
        }

        if (!converged)
        {
            throw new StatisticsInputException($"the Cox model did not converge in {MaxIterations} iterations", "covariates");
        }

        var variance = Inverse(info, covariates);
        var u = Vector<double>.Build.Dense(score);
        var drift = variance * u;
        for (var j = 0; j < p; j++)
        {
            // coxph's warning "Loglik converged before variable j; coefficient may be infinite".
            var step = Math.Abs(drift[j]);
            if (step > TolerInf && step > TolerInf * Math.Abs(newBeta[j]))
            {
                throw new StatisticsInputException(
                    $"the Cox likelihood converged before covariate '{covariates[j].Name}'; its coefficient may be infinite (monotone likelihood)", covariates[j].Name);
            }
        }

        var z975 = TailProbability.NormalQuantile(0.975);
        var coefficients = new CoxCoefficient[p];
        for (var j = 0; j < p; j++)
        {
            var se = Math.Sqrt(variance[j, j]);
            var zj = newBeta[j] / se;
            coefficients[j] = new CoxCoefficient(
                covariates[j].Name, newBeta[j], Math.Exp(newBeta[j]), se, zj, TailProbability.NormalTwoSided(zj),
                Math.Exp(newBeta[j] - z975 * se), Math.Exp(newBeta[j] + z975 * se));
        }

        var b = Vector<double>.Build.Dense(newBeta);
        var wald = b.DotProduct(variance.Solve(b));
        var lrt = 2 * (newLik - loglikNull);
        var lp = new double[t.Length];
        for (var i = 0; i < t.Length; i++)
        {
            for (var j = 0; j < p; j++)
            {
                lp[i] += (columns[j][i] - likelihood.Means[j]) * newBeta[j];
            }
        }

        return new CoxModel
        {
            Ties = ties,
            Count = t.Length,
            Events = events,
            Coefficients = coefficients,
            Variance = variance.ToArray(),
            LogLikelihoodNull = loglikNull,
            LogLikelihood = newLik,
            LikelihoodRatioTest = new ChiSquareTestResult(lrt, p, TailProbability.ChiSquareUpper(lrt, p)),
            WaldTest = new ChiSquareTestResult(wald, p, TailProbability.ChiSquareUpper(wald, p)),
            ScoreTest = new ChiSquareTestResult(scoreStatistic, p, TailProbability.ChiSquareUpper(scoreStatistic, p)),
            Concordance = Survival.Concordance.Compute(t, d, lp),
            Iterations = iterations,
            LinearPredictor = lp,
        };
    }

    private static double[] Add(double[] a, Vector<double> b) => a.Select((v, j) => v + b[j]).ToArray();

    private static Matrix<double> Information(double[] info, int p) => Matrix<double>.Build.Dense(p, p, (r, c) => info[r * p + c]);

    private static Vector<double> Solve(double[] info, double[] score, IReadOnlyList<Covariate> covariates) =>
        Cholesky(info, covariates).Solve(Vector<double>.Build.Dense(score));

    private static Matrix<double> Inverse(double[] info, IReadOnlyList<Covariate> covariates)
    {
        var p = covariates.Count;
        return Cholesky(info, covariates).Solve(Matrix<double>.Build.DenseIdentity(p));
    }

    private static MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double> Cholesky(double[] info, IReadOnlyList<Covariate> covariates)
    {
        var matrix = Information(info, covariates.Count);
        MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double> cholesky;
        try
        {
            cholesky = matrix.Cholesky();
        }
        catch (ArgumentException)
        {
            throw Singular(covariates);
        }

        // coxph's toler.chol (eps^0.75): a pivot this small relative to the information means collinearity.
        var minPivot = cholesky.Factor.Diagonal().Minimum();
        if (minPivot * minPivot <= TolerChol * matrix.Diagonal().Maximum())
        {
            throw Singular(covariates);
        }

        return cholesky;
    }

    private static StatisticsInputException Singular(IReadOnlyList<Covariate> covariates) => new(
        $"the Cox information matrix is singular: covariates {string.Join(", ", covariates.Select(c => c.Name))} are collinear or do not vary among patients at risk",
        "covariates");
}
