namespace SlicerBridge.Statistics.Lasso;

/// <summary>
/// Cross-validated deviance per lambda as cv.glmnet reports it: cvm is the fold-size-weighted mean of the fold
/// mean deviances, cvsd = sqrt(weighted variance / (K - 1)); lambda.min is the largest lambda at the minimum cvm,
/// lambda.1se the largest lambda with cvm &lt;= cvm[min] + cvsd[min].
/// </summary>
public sealed class LassoCvResult
{
    private LassoCvResult(LassoPath path, double[][] foldDeviance, double[] foldLambdaMax, int[] foldIds, double[] cvm, double[] cvsd, int indexMin, int index1se)
    {
        Path = path;
        FoldMeanDeviance = foldDeviance;
        FoldLambdaMax = foldLambdaMax;
        FoldIds = foldIds;
        Cvm = cvm;
        Cvsd = cvsd;
        Cvup = cvm.Select((m, l) => m + cvsd[l]).ToArray();
        Cvlo = cvm.Select((m, l) => m - cvsd[l]).ToArray();
        IndexMin = indexMin;
        Index1se = index1se;
    }

    /// <summary>The full-data path; its lambdas are the ones cross-validated.</summary>
    public LassoPath Path { get; }

    public IReadOnlyList<double> Lambdas => Path.Lambdas;

    /// <summary>Per fold (outer), per lambda (inner): mean deviance of the fold's held-out rows.</summary>
    public IReadOnlyList<double[]> FoldMeanDeviance { get; }

    /// <summary>First lambda of each fold's own sequence (as R reports it).</summary>
    public IReadOnlyList<double> FoldLambdaMax { get; }

    public IReadOnlyList<int> FoldIds { get; }

    public IReadOnlyList<double> Cvm { get; }

    public IReadOnlyList<double> Cvsd { get; }

    public IReadOnlyList<double> Cvup { get; }

    public IReadOnlyList<double> Cvlo { get; }

    public IReadOnlyList<int> NonZero => Path.NonZero;

    /// <summary>0-based index of lambda.min.</summary>
    public int IndexMin { get; }

    /// <summary>0-based index of lambda.1se.</summary>
    public int Index1se { get; }

    public double LambdaMin => Lambdas[IndexMin];

    public double Lambda1se => Lambdas[Index1se];

    /// <summary>Indices of the features with a non-zero coefficient at lambda.min: the radscore's features.</summary>
    public IReadOnlyList<int> SelectedAtLambdaMin =>
        Path.Coefficients[IndexMin].Select((b, j) => (b, j)).Where(t => t.b != 0).Select(t => t.j).ToArray();

    internal static LassoCvResult Summarise(LassoPath path, double[][] foldDeviance, double[] foldLambdaMax, int[] foldSizes, int[] foldIds)
    {
        var count = path.Lambdas.Count;
        double total = foldSizes.Sum();
        var cvm = new double[count];
        var cvsd = new double[count];
        for (var l = 0; l < count; l++)
        {
            var mean = 0.0;
            for (var k = 0; k < foldSizes.Length; k++)
            {
                mean += foldSizes[k] * foldDeviance[k][l];
            }

            mean /= total;
            var variance = 0.0;
            for (var k = 0; k < foldSizes.Length; k++)
            {
                var d = foldDeviance[k][l] - mean;
                variance += foldSizes[k] * d * d;
            }

            cvm[l] = mean;
            cvsd[l] = Math.Sqrt(variance / total / (foldSizes.Length - 1));
        }

        // Lambdas decrease, so the first index reaching a bound is the largest lambda there.
        var indexMin = Array.IndexOf(cvm, cvm.Min());
        var bound = cvm[indexMin] + cvsd[indexMin];
        var index1se = Array.FindIndex(cvm, m => m <= bound);
        return new LassoCvResult(path, foldDeviance, foldLambdaMax, foldIds, cvm, cvsd, indexMin, index1se);
    }
}
