namespace SlicerBridge.Statistics.GroupComparison;

/// <summary>An r x c table of counts, validated: non-negative, at least 2 x 2, no empty row or column.</summary>
public sealed class ContingencyTable
{
    private readonly int[,] _counts;

    public ContingencyTable(int[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        _counts = (int[,])counts.Clone();
        Rows = counts.GetLength(0);
        Columns = counts.GetLength(1);
        if (Rows < 2 || Columns < 2)
        {
            throw new StatisticsInputException($"a contingency table needs at least 2 rows and 2 columns, got {Rows} x {Columns}", nameof(counts));
        }

        RowTotals = new int[Rows];
        ColumnTotals = new int[Columns];
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                if (counts[r, c] < 0)
                {
                    throw new StatisticsInputException($"counts must be non-negative, found {counts[r, c]} at row {r + 1}, column {c + 1}", nameof(counts));
                }

                RowTotals[r] += counts[r, c];
                ColumnTotals[c] += counts[r, c];
                Total += counts[r, c];
            }
        }

        for (var r = 0; r < Rows; r++)
        {
            if (RowTotals[r] == 0)
            {
                throw new StatisticsInputException($"row {r + 1} of the table is empty", nameof(counts));
            }
        }

        for (var c = 0; c < Columns; c++)
        {
            if (ColumnTotals[c] == 0)
            {
                throw new StatisticsInputException($"column {c + 1} of the table is empty", nameof(counts));
            }
        }
    }

    public int Rows { get; }

    public int Columns { get; }

    public int[] RowTotals { get; }

    public int[] ColumnTotals { get; }

    public int Total { get; }

    public int this[int row, int column] => _counts[row, column];

    public double Expected(int row, int column) => RowTotals[row] * (double)ColumnTotals[column] / Total;
}
