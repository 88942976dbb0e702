namespace SlicerBridge.Statistics.Lasso;

/// <summary>How <see cref="LassoCrossValidation"/> splits the rows and fits the folds.</summary>
public sealed record CrossValidationOptions
{
    /// <summary>Number of folds for seeded stratified folds (cv.glmnet's nfolds); ignored when <see cref="FoldIds"/> is given.</summary>
    public int Folds { get; init; } = 10;

    public int Seed { get; init; } = 1;

    /// <summary>Caller-given fold of each row (1..K), as cv.glmnet's <c>foldid</c>; overrides <see cref="Folds"/>.</summary>
    public IReadOnlyList<int>? FoldIds { get; init; }

    /// <summary>
    /// Solver for the fold paths; null = the solver of the full-data path. Choosing coordinate descent here while the
    /// model itself is fitted by ML.NET gives exact cv.glmnet deviances and lambda choices at a fraction of the cost.
    /// </summary>
    public LassoSolver? FoldSolver { get; init; }
}
