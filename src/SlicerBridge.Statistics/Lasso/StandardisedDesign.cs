using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Lasso;

/// <summary>
/// The design as glmnet's lognet sees it: observation weights 1/n, each column centred on its mean and (when
/// standardising) divided by its 1/n standard deviation, stored column-major for coordinate access.
/// </summary>
internal sealed class StandardisedDesign
{
    private StandardisedDesign(double[] columns, double[] means, double[] scales, double[] y, int rows)
    {
        Columns = columns;
        Means = means;
        Scales = scales;
        Y = y;
        Rows = rows;
    }

    public int Rows { get; }

    public int Features => Means.Length;

    /// <summary>Column-major n x p.</summary>
    public double[] Columns { get; }

    public double[] Means { get; }

    /// <summary>1/n SD of each column, or 1 when not standardising.</summary>
    public double[] Scales { get; }

    public double[] Y { get; }

    /// <summary>Weighted mean of y with weights 1/n, summed as glmnet does.</summary>
    public double MeanY { get; private init; }

    public ReadOnlySpan<double> Column(int j) => Columns.AsSpan(j * Rows, Rows);

    public static StandardisedDesign Create(double[,] x, IReadOnlyList<int> y, bool standardize, IReadOnlyList<string>? names, string where)
    {
        MatrixCheck.FiniteMatrix(x, 2, where);
        int n = x.GetLength(0), p = x.GetLength(1);
        MatrixCheck.BinaryOutcome(y, n, where);
        var columns = new double[n * p];
        var means = new double[p];
        var scales = new double[p];
        var w = 1.0 / n;
        for (var j = 0; j < p; j++)
        {
            var column = columns.AsSpan(j * n, n);
            var mean = 0.0;
            for (var i = 0; i < n; i++)
            {
                column[i] = x[i, j];
                mean += w * column[i];
            }

            var variance = 0.0;
            for (var i = 0; i < n; i++)
            {
                column[i] -= mean;
                variance += w * column[i] * column[i];
            }

            if (MatrixCheck.IsConstantColumn(x, j))
            {
                throw new StatisticsInputException($"feature {MatrixCheck.ColumnName(names, j)} is constant", where);
            }

            var scale = standardize ? Math.Sqrt(variance) : 1.0;
            if (standardize)
            {
                for (var i = 0; i < n; i++)
                {
                    column[i] /= scale;
                }
            }

            means[j] = mean;
            scales[j] = scale;
        }

        var outcome = y.Select(v => (double)v).ToArray();
        var meanY = 0.0;
        foreach (var value in outcome)
        {
            meanY += w * value;
        }

        return new StandardisedDesign(columns, means, scales, outcome, n) { MeanY = meanY };
    }

    /// <summary>Intercept + X beta on the standardised scale.</summary>
    public void LinearPredictor(double intercept, ReadOnlySpan<double> beta, Span<double> eta)
    {
        eta.Fill(intercept);
        for (var j = 0; j < beta.Length; j++)
        {
            if (beta[j] != 0)
            {
                var column = Column(j);
                var b = beta[j];
                for (var i = 0; i < eta.Length; i++)
                {
                    eta[i] += b * column[i];
                }
            }
        }
    }
}
