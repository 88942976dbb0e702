namespace SlicerBridge.Statistics.Lasso;

/// <summary>Cross-validation fold ids (1..K), either the caller's or seeded folds stratified by outcome.</summary>
public static class FoldAssignment
{
    /// <summary>
    /// Shuffle each outcome class with a seeded generator and deal its rows round-robin over the folds, continuing
    /// the deal from one class to the next, so every fold gets both classes in proportion and sizes differ by at
    /// most one. The same seed gives the same folds on every platform (.NET's seeded <see cref="Random"/>).
    /// </summary>
    public static int[] Stratified(IReadOnlyList<int> y, int folds, int seed)
    {
        ArgumentNullException.ThrowIfNull(y);
        Check(y.Count, folds);
        var random = new Random(seed);
        var ids = new int[y.Count];
        var next = 0;
        foreach (var outcome in y.Distinct().Order())
        {
            var rows = Enumerable.Range(0, y.Count).Where(i => y[i] == outcome).ToArray();
            random.Shuffle(rows);
            foreach (var row in rows)
            {
                ids[row] = next % folds + 1;
                next++;
            }
        }

        return ids;
    }

    /// <summary>Checks caller-given ids: each in 1..K, every fold used, at least 3 folds (as cv.glmnet requires).</summary>
    public static int Validate(IReadOnlyList<int> foldIds, int rows)
    {
        ArgumentNullException.ThrowIfNull(foldIds);
        if (foldIds.Count != rows)
        {
            throw new StatisticsInputException($"{foldIds.Count} fold ids for {rows} rows", "cross-validation folds");
        }

        var folds = foldIds.Max();
        if (foldIds.Min() < 1 || Enumerable.Range(1, folds).Any(k => !foldIds.Contains(k)))
        {
            throw new StatisticsInputException($"fold ids must cover 1..{folds} with no gaps", "cross-validation folds");
        }

        Check(rows, folds);
        return folds;
    }

    private static void Check(int rows, int folds)
    {
        if (folds < 3)
        {
            throw new StatisticsInputException($"need at least 3 folds, got {folds}", "cross-validation folds");
        }

        if (rows < folds)
        {
            throw new StatisticsInputException($"{rows} rows cannot fill {folds} folds", "cross-validation folds");
        }
    }
}
