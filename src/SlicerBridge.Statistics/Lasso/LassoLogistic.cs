namespace SlicerBridge.Statistics.Lasso;

/// <summary>
/// L1-penalised logistic regression along a lambda path, reproducing <c>glmnet(x, y, family = "binomial",
/// alpha = 1)</c>: the lambda sequence, the 1/n standardisation, the early-stop rules and the coefficients on the
/// input scale. The per-lambda optimiser is Microsoft.ML's OWL-QN or glmnet's coordinate descent.
/// </summary>
public static class LassoLogistic
{
    private const double DevianceGainFloor = 1e-5;
    private const double DevianceRatioCeiling = 0.999;
    private const double ProbabilityFloor = 1e-9;
    private const double DevianceProbabilityFloor = 1e-5;
    private const int MinimumLambdas = 5;

    public static LassoPath Fit(double[,] x, IReadOnlyList<int> y, LassoOptions? options = null, IReadOnlyList<string>? featureNames = null)
    {
        options ??= new LassoOptions();
        var design = StandardisedDesign.Create(x, y, options.Standardize, featureNames, "LASSO training data");
        return Fit(design, options);
    }

    internal static LassoPath Fit(StandardisedDesign design, LassoOptions options)
    {
        Validate(options);
        int n = design.Rows, p = design.Features;
        var userLambdas = options.Lambdas is not null;
        var lambdas = userLambdas ? [.. options.Lambdas!] : Sequence(design, options);
        var solver = CreateSolver(design, options);

        var intercepts = new List<double>();
        var coefficients = new List<double[]>();
        var ratios = new List<double>();
        var fitted = new List<double>();
        var beta = new double[p];
        var eta = new double[n];
        var q0 = design.MeanY;
        var nullLoss = -(Math.Log(q0 / (1 - q0)) * q0 + Math.Log(1 - q0));
        var stop = PathStop.Complete;

        // ML.NET's float32 L-BFGS can stall on the near-separated tail and gain < fdev in one step where glmnet
        // still moves, which would cut the path short; its path keeps going and only the saturation rules end it.
        var stopWhenFlat = options.Solver == LassoSolver.CoordinateDescent;
        var previous = 0.0;
        for (var l = 0; l < lambdas.Length; l++)
        {
            // glmnet solves its first automatic lambda as "infinitely large": the intercept-only model.
            var penalty = !userLambdas && l == 0 ? double.PositiveInfinity : lambdas[l];
            var intercept = solver.Solve(penalty, previous, beta);
            previous = lambdas[l];
            design.LinearPredictor(intercept, beta, eta);
            var (loss, weightSum) = MeanLoss(design.Y, eta);

            intercepts.Add(intercept);
            coefficients.Add([.. beta]);
            ratios.Add((nullLoss - loss) / nullLoss);
            fitted.Add(lambdas[l]);
            if (weightSum <= (1 + ProbabilityFloor) * ProbabilityFloor * (1 - ProbabilityFloor))
            {
                stop = PathStop.ProbabilitiesSaturated;
                break;
            }

            if (userLambdas || l + 1 < MinimumLambdas)
            {
                continue;
            }

            if (ratios[l] > DevianceRatioCeiling)
            {
                stop = PathStop.DevianceSaturated;
                break;
            }

            if (stopWhenFlat && ratios[l] - ratios[l - 1] < DevianceGainFloor)
            {
                stop = PathStop.DevianceRatioFlat;
                break;
            }
        }

        if (!userLambdas && fitted.Count > 2)
        {
            // R's fix.lam: report lambda[1] as the log-linear extrapolation of lambda[2] and lambda[3].
            fitted[0] = Math.Exp(2 * Math.Log(fitted[1]) - Math.Log(fitted[2]));
        }

        for (var l = 0; l < coefficients.Count; l++)
        {
            intercepts[l] = ToInputScale(design, intercepts[l], coefficients[l]);
        }

        return new LassoPath([.. fitted], [.. intercepts], [.. coefficients], [.. ratios], 2 * n * nullLoss, stop);
    }

    /// <summary>
    /// glmnet's automatic sequence: lambda_max = max_j |x_j'(w (y - ybar))| on the standardised x with w = 1/n, then
    /// repeated multiplication by ratio^(1/(count-1)) as the Fortran does.
    /// </summary>
    internal static double[] Sequence(StandardisedDesign design, LassoOptions options)
    {
        int n = design.Rows, p = design.Features;
        var ratio = options.LambdaMinRatio ?? (n < p ? 0.01 : 1e-4);
        var q0 = design.MeanY;
        var w = 1.0 / n;
        var lambdaMax = 0.0;
        for (var j = 0; j < p; j++)
        {
            var column = design.Column(j);
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                sum += w * (design.Y[i] - q0) * column[i];
            }

            lambdaMax = Math.Max(lambdaMax, Math.Abs(sum));
        }

        var step = Math.Pow(Math.Max(1e-6, ratio), 1.0 / (options.LambdaCount - 1));
        var lambdas = new double[options.LambdaCount];
        lambdas[0] = lambdaMax;
        if (lambdas.Length > 1)
        {
            lambdas[1] = step * lambdaMax;
        }

        for (var l = 2; l < lambdas.Length; l++)
        {
            lambdas[l] = lambdas[l - 1] * step;
        }

        return lambdas;
    }

    /// <summary>Mean negative log-likelihood (half the mean deviance) with glmnet's dev2 bounds, and the sum of IRLS weights (its saturation test).</summary>
    private static (double Loss, double WeightSum) MeanLoss(double[] y, double[] eta)
    {
        var bound = Math.Log(1 / ProbabilityFloor - 1);
        var w = 1.0 / y.Length;
        double loss = 0, weightSum = 0;
        for (var i = 0; i < y.Length; i++)
        {
            var q = eta[i] < -bound ? 0 : eta[i] > bound ? 1 : 1 / (1 + Math.Exp(-eta[i]));
            weightSum += w * q * (1 - q);
            var clipped = Math.Clamp(q, DevianceProbabilityFloor, 1 - DevianceProbabilityFloor);
            loss -= w * (y[i] * Math.Log(clipped) + (1 - y[i]) * Math.Log(1 - clipped));
        }

        return (loss, weightSum);
    }

    private static double ToInputScale(StandardisedDesign design, double intercept, double[] beta)
    {
        for (var j = 0; j < beta.Length; j++)
        {
            beta[j] /= design.Scales[j];
            intercept -= beta[j] * design.Means[j];
        }

        return intercept;
    }

    private static ILassoStepSolver CreateSolver(StandardisedDesign design, LassoOptions options) => options.Solver switch
    {
        LassoSolver.CoordinateDescent => new CoordinateDescentSolver(design, options.Threshold, options.MaxPasses),
        LassoSolver.MlNet => new MlNetSolver(design),
        _ => throw new StatisticsInputException($"unknown solver {options.Solver}", "LASSO options"),
    };

    private static void Validate(LassoOptions options)
    {
        if (options.Lambdas is { } given)
        {
            if (given.Count == 0 || given.Any(l => !(l >= 0) || !double.IsFinite(l)))
            {
                throw new StatisticsInputException("lambdas must be finite and non-negative", "LASSO options");
            }

            for (var l = 1; l < given.Count; l++)
            {
                if (given[l] > given[l - 1])
                {
                    throw new StatisticsInputException("lambdas must be in decreasing order", "LASSO options");
                }
            }
        }
        else if (options.LambdaCount < 3 || options.LambdaMinRatio is <= 0 or >= 1)
        {
            throw new StatisticsInputException("need at least 3 lambdas and a minimum ratio in (0, 1)", "LASSO options");
        }

        if (!(options.Threshold > 0) || options.MaxPasses < 1)
        {
            throw new StatisticsInputException("threshold must be positive and max passes at least 1", "LASSO options");
        }
    }
}
