using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.GroupComparison;

/// <summary>
/// Pearson's chi-square test of independence as R's <c>chisq.test</c>: for a 2 x 2 table Yates'
/// continuity correction is applied by default, with R's rule that the correction is
/// min(0.5, |O - E|) taken over all cells.
/// </summary>
public static class ChiSquareTest
{
    public static TestResult Independence(ContingencyTable table, bool yatesCorrection = true)
    {
        ArgumentNullException.ThrowIfNull(table);
        var correct = yatesCorrection && table.Rows == 2 && table.Columns == 2;
        var yates = 0.0;
        if (correct)
        {
            yates = 0.5;
            for (var r = 0; r < 2; r++)
            {
                for (var c = 0; c < 2; c++)
                {
                    yates = Math.Min(yates, Math.Abs(table[r, c] - table.Expected(r, c)));
                }
            }
        }

        var statistic = 0.0;
        for (var r = 0; r < table.Rows; r++)
        {
            for (var c = 0; c < table.Columns; c++)
            {
                var e = table.Expected(r, c);
                var d = Math.Abs(table[r, c] - e) - yates;
                statistic += d * d / e;
            }
        }

        var df = (table.Rows - 1) * (table.Columns - 1);
        var method = correct ? "Pearson's Chi-squared test with Yates' continuity correction" : "Pearson's Chi-squared test";
        return new TestResult(method, statistic, df, TailProbability.ChiSquareUpper(statistic, df));
    }
}
