namespace SlicerBridge.Statistics.Lasso;

/// <summary>
/// A fitted LASSO logistic path on the scale of the x that was passed in, with glmnet's conventions: lambdas
/// decreasing, <see cref="Lambdas"/>[0] reported as R's log-linear extrapolation of the next two.
/// </summary>
public sealed class LassoPath
{
    internal LassoPath(double[] lambdas, double[] intercepts, double[][] coefficients, double[] devianceRatios, double nullDeviance, PathStop stop)
    {
        Lambdas = lambdas;
        Intercepts = intercepts;
        Coefficients = coefficients;
        DevianceRatios = devianceRatios;
        NullDeviance = nullDeviance;
        Stop = stop;
        NonZero = coefficients.Select(b => b.Count(v => v != 0)).ToArray();
    }

    public IReadOnlyList<double> Lambdas { get; }

    public IReadOnlyList<double> Intercepts { get; }

    /// <summary>Coefficients per lambda (outer index), per feature (inner index).</summary>
    public IReadOnlyList<double[]> Coefficients { get; }

    /// <summary>glmnet's <c>dev.ratio</c>: fraction of the null deviance explained at each lambda.</summary>
    public IReadOnlyList<double> DevianceRatios { get; }

    /// <summary>Null deviance, 2n x the mean binomial deviance of the intercept-only model (glmnet's <c>nulldev</c>).</summary>
    public double NullDeviance { get; }

    public IReadOnlyList<int> NonZero { get; }

    /// <summary>Why the path ended: all lambdas fitted, or one of glmnet's early-stop rules.</summary>
    public PathStop Stop { get; }

    /// <summary>
    /// Intercept and coefficients at any lambda as glmnet's <c>predict(fit, s = lambda)</c>: linear interpolation in
    /// lambda between the bracketing path values, clamped to the ends of the path.
    /// </summary>
    public (double Intercept, double[] Coefficients) At(double lambda)
    {
        var last = Lambdas.Count - 1;
        if (last == 0)
        {
            return (Intercepts[0], (double[])Coefficients[0].Clone());
        }

        // glmnet's lambda.interp works on the path rescaled to [0, 1].
        double first = Lambdas[0], span = Lambdas[0] - Lambdas[last];
        var s = Math.Clamp((first - lambda) / span, 0, 1);
        var right = 1;
        while (right < last && (first - Lambdas[right]) / span < s)
        {
            right++;
        }

        var left = right - 1;
        double leftFrac = (first - Lambdas[left]) / span, rightFrac = (first - Lambdas[right]) / span;
        if (s == rightFrac)
        {
            left = right;
        }

        var weight = left == right || Math.Abs(leftFrac - rightFrac) < double.Epsilon ? 1 : (s - rightFrac) / (leftFrac - rightFrac);
        var beta = new double[Coefficients[0].Length];
        for (var j = 0; j < beta.Length; j++)
        {
            beta[j] = Coefficients[left][j] * weight + Coefficients[right][j] * (1 - weight);
        }

        return (Intercepts[left] * weight + Intercepts[right] * (1 - weight), beta);
    }

    /// <summary>The linear predictor (radscore) of each row of <paramref name="x"/> at <paramref name="lambda"/>.</summary>
    public double[] LinearPredictor(double[,] x, double lambda)
    {
        var (intercept, beta) = At(lambda);
        if (x.GetLength(1) != beta.Length)
        {
            throw new StatisticsInputException($"expected {beta.Length} features, got {x.GetLength(1)}", "LASSO prediction");
        }

        var eta = new double[x.GetLength(0)];
        for (var i = 0; i < eta.Length; i++)
        {
            var sum = intercept;
            for (var j = 0; j < beta.Length; j++)
            {
                sum += beta[j] * x[i, j];
            }

            eta[i] = sum;
        }

        return eta;
    }
}
