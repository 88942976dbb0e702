using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Screening;

/// <summary>Pearson correlation matrix of the columns, as R's <c>cor(x)</c> (two-pass: centre, then cross-products).</summary>
public static class PearsonCorrelation
{
    public static double[,] Matrix(double[,] x, IReadOnlyList<string>? featureNames = null)
    {
        MatrixCheck.FiniteMatrix(x, 2, "correlation input");
        int n = x.GetLength(0), p = x.GetLength(1);
        var centred = new double[p][];
        var norms = new double[p];
        for (var j = 0; j < p; j++)
        {
            var column = new double[n];
            var mean = 0.0;
            for (var i = 0; i < n; i++)
            {
                mean += x[i, j];
            }

            mean /= n;
            var squares = 0.0;
            for (var i = 0; i < n; i++)
            {
                column[i] = x[i, j] - mean;
                squares += column[i] * column[i];
            }

            if (MatrixCheck.IsConstantColumn(x, j))
            {
                throw new StatisticsInputException(
                    $"feature {MatrixCheck.ColumnName(featureNames, j)} is constant; its correlation is undefined", "correlation input");
            }

            centred[j] = column;
            norms[j] = Math.Sqrt(squares);
        }

        var r = new double[p, p];
        for (var a = 0; a < p; a++)
        {
            r[a, a] = 1;
            for (var b = a + 1; b < p; b++)
            {
                var value = Math.Clamp(Dot(centred[a], centred[b]) / (norms[a] * norms[b]), -1, 1);
                r[a, b] = value;
                r[b, a] = value;
            }
        }

        return r;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
