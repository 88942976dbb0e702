using System.Runtime.ExceptionServices;
namespace SlicerBridge.Statistics.Lasso;

/// <summary>
/// <c>cv.glmnet(x, y, family = "binomial", type.measure = "deviance")</c>: the full-data path fixes the lambdas; each
/// fold refits on the other folds with its own automatic lambda sequence, and its held-out rows are predicted at the
/// full-data lambdas by glmnet's interpolation along the fold's path.
/// </summary>
public static class LassoCrossValidation
{
    private const double ProbabilityClip = 1e-5;

    public static LassoCvResult Run(
        double[,] x,
        IReadOnlyList<int> y,
        LassoOptions? options = null,
        CrossValidationOptions? crossValidation = null,
        IReadOnlyList<string>? featureNames = null)
    {
        options ??= new LassoOptions();
        crossValidation ??= new CrossValidationOptions();
        var foldOptions = options with { Solver = crossValidation.FoldSolver ?? options.Solver };
        if (options.Lambdas is not null)
        {
            throw new StatisticsInputException("cross-validation chooses its own lambdas; do not pass a sequence", "LASSO options");
        }

        var full = StandardisedDesign.Create(x, y, options.Standardize, featureNames, "LASSO training data");
        var ids = crossValidation.FoldIds is { } given ? [.. given] : FoldAssignment.Stratified(y, crossValidation.Folds, crossValidation.Seed);
        var foldCount = FoldAssignment.Validate(ids, full.Rows);

        // Fold designs are built (and their inputs checked) up front; the full-data path and the fold paths are then
        // independent fits (each fold uses its own lambda sequence) and run in parallel. Results land in fixed slots,
        // so the outcome does not depend on scheduling.
        var held = new int[foldCount][];
        var designs = new StandardisedDesign[foldCount + 1];
        for (var k = 0; k < foldCount; k++)
        {
            held[k] = Enumerable.Range(0, full.Rows).Where(i => ids[i] == k + 1).ToArray();
            var kept = Enumerable.Range(0, full.Rows).Where(i => ids[i] != k + 1).ToArray();
            var where = $"LASSO cross-validation fold {k + 1} (training part)";
            designs[k] = StandardisedDesign.Create(Rows(x, kept), kept.Select(i => y[i]).ToArray(), options.Standardize, featureNames, where);
        }

        designs[foldCount] = full;
        var paths = new LassoPath[foldCount + 1];
        try
        {
            Parallel.For(0, foldCount + 1, k => paths[k] = LassoLogistic.Fit(designs[k], k == foldCount ? options : foldOptions));
        }
        catch (AggregateException error) when (error.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(error.InnerExceptions[0]).Throw();
            throw;
        }

        var path = paths[foldCount];
        var foldDeviance = new double[foldCount][];
        var foldSizes = new int[foldCount];
        var foldLambdaMax = new double[foldCount];
        for (var k = 0; k < foldCount; k++)
        {
            var heldX = Rows(x, held[k]);
            foldSizes[k] = held[k].Length;
            foldLambdaMax[k] = paths[k].Lambdas[0];
            foldDeviance[k] = path.Lambdas.Select(lambda => MeanDeviance(paths[k].LinearPredictor(heldX, lambda), held[k].Select(i => y[i]))).ToArray();
        }

        return LassoCvResult.Summarise(path, foldDeviance, foldLambdaMax, foldSizes, ids);
    }

    /// <summary>Mean held-out binomial deviance with probabilities clipped to [1e-5, 1 - 1e-5] (cv.lognet).</summary>
    private static double MeanDeviance(double[] eta, IEnumerable<int> y)
    {
        var sum = 0.0;
        var i = 0;
        foreach (var outcome in y)
        {
            var p = Math.Clamp(1 / (1 + Math.Exp(-eta[i])), ProbabilityClip, 1 - ProbabilityClip);
            sum += -2 * (outcome * Math.Log(p) + (1 - outcome) * Math.Log(1 - p));
            i++;
        }

        return sum / eta.Length;
    }

    private static double[,] Rows(double[,] x, int[] rows)
    {
        var subset = new double[rows.Length, x.GetLength(1)];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < x.GetLength(1); j++)
            {
                subset[i, j] = x[rows[i], j];
            }
        }

        return subset;
    }
}
