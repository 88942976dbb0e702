using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Screening;

/// <summary>
/// Training-set z-scoring as R's <c>scale(x, mean, sd)</c>: the SD uses the n-1 denominator, and validation or
/// new patients are scaled with the stored training mean and SD.
/// </summary>
public sealed class ZScoreNormaliser
{
    private readonly double[] _means;
    private readonly double[] _sds;

    public ZScoreNormaliser(IReadOnlyList<double> means, IReadOnlyList<double> standardDeviations)
    {
        ArgumentNullException.ThrowIfNull(means);
        ArgumentNullException.ThrowIfNull(standardDeviations);
        if (means.Count != standardDeviations.Count)
        {
            throw new StatisticsInputException($"{means.Count} means but {standardDeviations.Count} SDs", "z-score parameters");
        }

        for (var j = 0; j < standardDeviations.Count; j++)
        {
            if (!double.IsFinite(means[j]) || !(standardDeviations[j] > 0) || !double.IsFinite(standardDeviations[j]))
            {
                throw new StatisticsInputException($"feature {j + 1}: mean must be finite and SD positive", "z-score parameters");
            }
        }

        _means = [.. means];
        _sds = [.. standardDeviations];
    }

    public IReadOnlyList<double> Means => _means;

    public IReadOnlyList<double> StandardDeviations => _sds;

    /// <summary>Mean and n-1 SD of each column; a constant column cannot be scaled and is an error naming it.</summary>
    public static ZScoreNormaliser Fit(double[,] x, IReadOnlyList<string>? featureNames = null)
    {
        MatrixCheck.FiniteMatrix(x, 2, "z-score training data");
        int n = x.GetLength(0), p = x.GetLength(1);
        var means = new double[p];
        var sds = new double[p];
        for (var j = 0; j < p; j++)
        {
            var sum = 0.0;
            for (var i = 0; i < n; i++)
            {
                sum += x[i, j];
            }

            var mean = sum / n;
            var squares = 0.0;
            for (var i = 0; i < n; i++)
            {
                var d = x[i, j] - mean;
                squares += d * d;
            }

            means[j] = mean;
            sds[j] = Math.Sqrt(squares / (n - 1));
            if (MatrixCheck.IsConstantColumn(x, j))
            {
                throw new StatisticsInputException(
                    $"feature {MatrixCheck.ColumnName(featureNames, j)} is constant in the training data", "z-score training data");
            }
        }

        return new ZScoreNormaliser(means, sds);
    }

    /// <summary>(x - mean) / sd, column by column, into a new matrix.</summary>
    public double[,] Transform(double[,] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.GetLength(1) != _means.Length)
        {
            throw new StatisticsInputException($"expected {_means.Length} features, got {x.GetLength(1)}", "z-score input");
        }

        var z = new double[x.GetLength(0), _means.Length];
        for (var i = 0; i < x.GetLength(0); i++)
        {
            for (var j = 0; j < _means.Length; j++)
            {
                z[i, j] = (x[i, j] - _means[j]) / _sds[j];
            }
        }

        return z;
    }
}
