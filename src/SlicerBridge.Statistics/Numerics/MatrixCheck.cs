namespace SlicerBridge.Statistics.Numerics;

/// <summary>Checks on a patients x features matrix and its outcome, shared by the model fitters (see also <see cref="InputCheck"/>).</summary>
internal static class MatrixCheck
{
    /// <summary>Rows x columns of finite numbers, at least <paramref name="minRows"/> rows and one column.</summary>
    public static void FiniteMatrix(double[,] x, int minRows, string where)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.GetLength(0) < minRows)
        {
            throw new StatisticsInputException($"need at least {minRows} rows, got {x.GetLength(0)}", where);
        }

        if (x.GetLength(1) < 1)
        {
            throw new StatisticsInputException("no columns", where);
        }

        foreach (var value in x)
        {
            if (!double.IsFinite(value))
            {
                throw new StatisticsInputException($"{where} contains a missing or non-finite value", where);
            }
        }
    }

    /// <summary>A 0/1 outcome with one value per row and both classes present.</summary>
    public static void BinaryOutcome(IReadOnlyList<int> y, int rows, string where)
    {
        ArgumentNullException.ThrowIfNull(y);
        InputCheck.SameLength(rows, y.Count, where);
        InputCheck.BothClasses(y as int[] ?? [.. y], where);
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
