namespace SlicerBridge.Statistics.Lasso;

/// <summary>
/// glmnet's defaults for <c>family = "binomial", alpha = 1</c>. With no <see cref="Lambdas"/> the sequence is
/// glmnet's: lambda_max from the standardised data, <see cref="LambdaCount"/> values down to
/// ratio x lambda_max (ratio 0.01 when n &lt; p, else 1e-4), and the path may stop early as glmnet's does.
/// </summary>
public sealed record LassoOptions
{
    public LassoSolver Solver { get; init; } = LassoSolver.MlNet;

    public int LambdaCount { get; init; } = 100;

    /// <summary>Smallest lambda as a fraction of lambda_max; null = glmnet's n &lt; p rule.</summary>
    public double? LambdaMinRatio { get; init; }

    /// <summary>Caller-given lambdas (decreasing); the whole sequence is fitted, with no early stop.</summary>
    public IReadOnlyList<double>? Lambdas { get; init; }

    /// <summary>Standardise internally with the 1/n SD; coefficients are always returned on the input scale.</summary>
    public bool Standardize { get; init; } = true;

    /// <summary>glmnet's <c>thresh</c>: coordinate descent stops when every weighted squared step is below thresh x null deviance.</summary>
    public double Threshold { get; init; } = 1e-7;

    /// <summary>glmnet's <c>maxit</c>: total coordinate-descent passes allowed over the whole path.</summary>
    public int MaxPasses { get; init; } = 100_000;
}
