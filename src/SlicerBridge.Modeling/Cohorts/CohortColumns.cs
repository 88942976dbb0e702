using System.Globalization;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Tables;

namespace SlicerBridge.Modeling.Cohorts;

/// <summary>
/// Reads and checks the columns every cohort table shares (<c>id</c>, <c>split</c>, outcome, clinical
/// values, <c>fold</c>), stopping at the first problem with a message that names the line and column.
/// Cell contents are never repeated in messages: they may be patient data.
/// </summary>
public static class CohortColumns
{
    public const string IdColumn = "id";
    public const string SplitColumn = "split";
    public const string FoldColumn = "fold";

    /// <param name="table">The table; <paramref name="idColumn"/> names its case-id column.</param>
    public static IReadOnlyList<CohortRecord> Read(CsvTable table, CohortColumnsOptions options, string idColumn = IdColumn)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Folds < 3)
        {
            throw new InvalidInputException($"the number of folds must be at least 3, got {options.Folds}", "--folds");
        }

        var required = new List<string> { idColumn, options.Outcome };
        if (options.SplitRequired)
        {
            required.Insert(1, SplitColumn);
        }

        required.AddRange(options.ClinicalColumns);
        RequireColumns(table, required);

        var hasSplit = table.HasColumn(SplitColumn);
        var hasFold = table.HasColumn(FoldColumn);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var records = new List<CohortRecord>(table.RowCount);
        for (var r = 0; r < table.RowCount; r++)
        {
            var row = table.Rows[r];
            var id = Cell(table, r, idColumn);
            if (id.Length == 0)
            {
                throw Error(table, r, idColumn, "case id is empty");
            }

            if (!seen.TryAdd(id, row.Line))
            {
                throw Error(table, r, idColumn, $"duplicate case id (first on line {seen[id]})");
            }

            var split = hasSplit ? Split(table, r) : CohortSplit.Train;
            var outcome = Cell(table, r, options.Outcome) switch
            {
                "0" => 0,
                "1" => 1,
                _ => throw Error(table, r, options.Outcome, "outcome must be 0 or 1"),
            };

            var clinical = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var column in options.ClinicalColumns)
            {
                clinical[column] = Number(table, r, column);
            }

            records.Add(new CohortRecord(row.Line, id, split, outcome, clinical, hasFold ? Fold(table, r, split, options.Folds) : null));
        }

        Check(table, records, options.Outcome);
        return records;
    }

    /// <summary>A missing column is named with the ones the table has.</summary>
    public static void RequireColumns(CsvTable table, IEnumerable<string> columns)
    {
        foreach (var column in columns)
        {
            if (!table.HasColumn(column))
            {
                throw new InvalidInputException(
                    $"missing column '{column}' (the header has {string.Join(", ", table.Columns)})", $"{table.Source}: line 1");
            }
        }
    }

    public static string Cell(CsvTable table, int row, string column) => table.Rows[row].Fields[table.ColumnIndex(column)].Trim();

    public static InvalidInputException Error(CsvTable table, int row, string column, string message) =>
        new(message, $"{table.Source}: {table.Location(row, column)}");

    private static CohortSplit Split(CsvTable table, int r) => Cell(table, r, SplitColumn) switch
    {
        "train" => CohortSplit.Train,
        "validation" => CohortSplit.Validation,
        _ => throw Error(table, r, SplitColumn, "split must be 'train' or 'validation'"),
    };

    private static double Number(CsvTable table, int r, string column)
    {
        var text = Cell(table, r, column);
        if (text.Length == 0 || text == "NA")
        {
            throw Error(table, r, column, "value is missing");
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Error(table, r, column, "not a finite number");
    }

    /// <summary>A training row's fold is required once the column exists; a validation row's may be blank (it is never used).</summary>
    private static int? Fold(CsvTable table, int r, CohortSplit split, int folds)
    {
        var text = Cell(table, r, FoldColumn);
        if (text.Length == 0 && split == CohortSplit.Validation)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var fold) && fold >= 1 && fold <= folds
            ? fold
            : throw Error(table, r, FoldColumn, $"fold must be a whole number from 1 to {folds}");
    }

    private static void Check(CsvTable table, IReadOnlyList<CohortRecord> records, string outcome)
    {
        var train = records.Where(c => c.Split == CohortSplit.Train).ToList();
        if (train.Count == 0)
        {
            throw new InvalidInputException("no training cases (split = train)", $"{table.Source}: column '{SplitColumn}'");
        }

        if (train.Select(c => c.Outcome).Distinct().Count() < 2)
        {
            throw new InvalidInputException(
                $"every training case has outcome {train[0].Outcome}; the model needs both classes", $"{table.Source}: column '{outcome}'");
        }

        // A hold-out of one class has no AUC, so it could not be reported as the package requires.
        var validation = records.Where(c => c.Split == CohortSplit.Validation).ToList();
        if (validation.Count > 0 && validation.Select(c => c.Outcome).Distinct().Count() < 2)
        {
            throw new InvalidInputException(
                $"every validation case has outcome {validation[0].Outcome}; validation needs both classes (or no validation cases)", $"{table.Source}: column '{outcome}'");
        }
    }
}
