namespace SlicerBridge.Statistics.Regression;

/// <summary>A binomial glm (logit link) fitted as R's glm.fit does; the first coefficient is the intercept.</summary>
public sealed class LogisticFit
{
    internal LogisticFit(LogisticCoefficient[] coefficients, double deviance, double nullDeviance, int observations, int iterations)
    {
        Coefficients = coefficients;
        Deviance = deviance;
        NullDeviance = nullDeviance;
        DfResidual = observations - coefficients.Length;
        DfNull = observations - 1;
        Iterations = iterations;
    }

    public IReadOnlyList<LogisticCoefficient> Coefficients { get; }

    /// <summary>Residual deviance, -2 log-likelihood for 0/1 outcomes.</summary>
    public double Deviance { get; }

    public double NullDeviance { get; }

    public int DfResidual { get; }

    public int DfNull { get; }

    public double LogLikelihood => -Deviance / 2;

    /// <summary>R's binomial AIC: -2 log-likelihood + 2 x number of coefficients.</summary>
    public double Aic => Deviance + 2 * Coefficients.Count;

    /// <summary>IRLS iterations R would report (<c>fit$iter</c>).</summary>
    public int Iterations { get; }

    /// <summary>Linear predictor b0 + sum b_j x_j for each row (columns in the order of the fitted terms).</summary>
    public double[] LinearPredictor(double[,] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.GetLength(1) != Coefficients.Count - 1)
        {
            throw new StatisticsInputException($"expected {Coefficients.Count - 1} predictors, got {x.GetLength(1)}", "logistic prediction");
        }

        var eta = new double[x.GetLength(0)];
        for (var i = 0; i < eta.Length; i++)
        {
            var sum = Coefficients[0].Estimate;
            for (var j = 1; j < Coefficients.Count; j++)
            {
                sum += Coefficients[j].Estimate * x[i, j - 1];
            }

            eta[i] = sum;
        }

        return eta;
    }

    /// <summary>Predicted probabilities, <c>predict(fit, newdata, type = "response")</c>.</summary>
    public double[] Probabilities(double[,] x) => LinearPredictor(x).Select(e => 1 / (1 + Math.Exp(-e))).ToArray();
}
