using SlicerBridge.Imaging;

namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>
/// The predicted probability of proliferative HCC with its 95% interval when one is known. The
/// interval of a logistic model is logistic(lp ± 1.96·SE(lp)), with SE(lp)² = xᵀVx from the fit's
/// covariance V; without the covariance the panel shows a caller's interval or says there is none.
/// </summary>
public sealed record ProbabilityEstimate
{
    /// <summary>The normal quantile of a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    public ProbabilityEstimate(double probability, double? low = null, double? high = null, string? method = null)
    {
        if (!(probability is >= 0 and <= 1))
        {
            throw new InvalidInputException($"the probability must be in [0, 1] (got {probability:R})", "probability");
        }

        if (low.HasValue != high.HasValue || (low is { } l && high is { } h && !(l >= 0 && l <= probability && probability <= h && h <= 1)))
        {
            throw new InvalidInputException("the interval needs both limits, with 0 ≤ low ≤ probability ≤ high ≤ 1", "probability interval");
        }

        Probability = probability;
        Low = low;
        High = high;
        Method = low is null ? null : method;
    }

    public double Probability { get; }

    public double? Low { get; }

    public double? High { get; }

    /// <summary>How the interval was obtained, in words shown on the panel (e.g. "Wald, logit scale").</summary>
    public string? Method { get; }

    public bool HasInterval => Low is not null;

    /// <summary>logistic(lp), with the Wald interval logistic(lp ± 1.96·se) when the standard error is known.</summary>
    public static ProbabilityEstimate FromLinearPredictor(double linearPredictor, double? standardError = null)
    {
        if (!double.IsFinite(linearPredictor))
        {
            throw new InvalidInputException("the linear predictor must be finite", "linear predictor");
        }

        if (standardError is not { } se)
        {
            return new ProbabilityEstimate(Logistic(linearPredictor));
        }

        if (!(se >= 0 && double.IsFinite(se)))
        {
            throw new InvalidInputException($"the standard error of the linear predictor must be finite and non-negative (got {se:R})", "standard error");
        }

        return new ProbabilityEstimate(
            Logistic(linearPredictor), Logistic(linearPredictor - Z95 * se), Logistic(linearPredictor + Z95 * se), "lp ± 1.96·SE(lp), logit scale");
    }

    /// <summary>SE(lp) = √(xᵀVx) for the design row x (1 for the intercept first) and the coefficients' covariance V.</summary>
    public static double StandardError(IReadOnlyList<double> row, double[,] covariance)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(covariance);
        var n = row.Count;
        if (covariance.GetLength(0) != n || covariance.GetLength(1) != n)
        {
            throw new InvalidInputException($"the covariance must be {n} x {n} for a design row of {n} values", "covariance");
        }

        var variance = 0.0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                variance += row[i] * covariance[i, j] * row[j];
            }
        }

        return variance >= 0 && double.IsFinite(variance)
            ? Math.Sqrt(variance)
            : throw new InvalidInputException("the covariance gives a negative or non-finite variance; it is not a covariance matrix", "covariance");
    }

    /// <summary>1 / (1 + e^−x), written so neither branch overflows.</summary>
    internal static double Logistic(double x) => x >= 0 ? 1 / (1 + Math.Exp(-x)) : Math.Exp(x) / (1 + Math.Exp(x));
}
