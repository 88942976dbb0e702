using SlicerBridge.Imaging;

namespace SlicerBridge.Statistics.Numerics;

/// <summary>Validation shared by the model fitters, so every entry point rejects the same inputs the same way.</summary>
internal static class InputChecks
{
    /// <summary>Rows x columns of finite numbers, at least <paramref name="minRows"/> rows and one column.</summary>
    public static void FiniteMatrix(double[,] x, int minRows, string where)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.GetLength(0) < minRows)
        {
            throw new InvalidInputException($"need at least {minRows} rows, got {x.GetLength(0)}", where);
        }

        if (x.GetLength(1) < 1)
        {
            throw new InvalidInputException("no columns", where);
        }

        foreach (var value in x)
        {
            if (!double.IsFinite(value))
            {
                throw new InvalidInputException("contains a missing or non-finite value", where);
            }
        }
    }

    /// <summary>A 0/1 outcome of the given length that contains both classes.</summary>
    public static void BinaryOutcome(IReadOnlyList<int> y, int rows, string where)
    {
        ArgumentNullException.ThrowIfNull(y);
        if (y.Count != rows)
        {
            throw new InvalidInputException($"outcome has {y.Count} values for {rows} rows", where);
        }

        var positives = 0;
        foreach (var value in y)
        {
            if (value is not (0 or 1))
            {
                throw new InvalidInputException($"outcome must be 0 or 1, got {value}", where);
            }

            positives += value;
        }

        if (positives == 0 || positives == rows)
        {
            throw new InvalidInputException($"outcome has only one class ({(positives == 0 ? 0 : 1)} for all {rows} rows)", where);
        }
    }

    /// <summary>
    /// True when every value of column <paramref name="j"/> equals the first (glmnet's test). An exact test, because
    /// the rounded mean of a constant column can leave a spurious variance of 1e-30.
    /// </summary>
    public static bool IsConstantColumn(double[,] x, int j)
    {
        for (var i = 1; i < x.GetLength(0); i++)
        {
            if (x[i, j] != x[0, j])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Name of column <paramref name="j"/> for messages: the caller's name, else its 1-based position.</summary>
    public static string ColumnName(IReadOnlyList<string>? names, int j) =>
        names is not null && j < names.Count ? $"'{names[j]}'" : $"column {j + 1}";
}
