namespace SlicerBridge.Statistics.Screening;

/// <summary>
/// Two-way ANOVA without interaction on an n subjects x k raters table, as psych::ICC tabulates it:
/// MSR (subjects, df n-1), MSC (raters, df k-1), MSE (residual, df (n-1)(k-1)) and the one-way
/// within-subject MSW = (SSC + SSE) / (n(k-1)).
/// </summary>
public sealed record TwoWayMeanSquares(int Subjects, int Raters, double Msr, double Msc, double Mse, double Msw)
{
    public static TwoWayMeanSquares Compute(double[,] ratings)
    {
        int n = ratings.GetLength(0), k = ratings.GetLength(1);
        var grand = 0.0;
        foreach (var value in ratings)
        {
            grand += value;
        }

        grand /= n * k;
        double ssr = 0, ssc = 0, sst = 0;
        for (var i = 0; i < n; i++)
        {
            var rowMean = 0.0;
            for (var j = 0; j < k; j++)
            {
                rowMean += ratings[i, j];
                var d = ratings[i, j] - grand;
                sst += d * d;
            }

            var dr = rowMean / k - grand;
            ssr += dr * dr;
        }

        for (var j = 0; j < k; j++)
        {
            var columnMean = 0.0;
            for (var i = 0; i < n; i++)
            {
                columnMean += ratings[i, j];
            }

            var dc = columnMean / n - grand;
            ssc += dc * dc;
        }

        ssr *= k;
        ssc *= n;
        var sse = sst - ssr - ssc;
        return new TwoWayMeanSquares(
            n, k, ssr / (n - 1), ssc / (k - 1), sse / ((n - 1.0) * (k - 1)), (ssc + sse) / (n * (k - 1.0)));
    }
}
