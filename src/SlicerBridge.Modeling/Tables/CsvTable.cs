using System.Globalization;
using SlicerBridge.Imaging;

namespace SlicerBridge.Modeling.Tables;

/// <summary>
/// A CSV table with a header row (RFC 4180, see <see cref="CsvParser"/>), read whole, with typed
/// column access whose errors name the file, the line and the column. Numbers are parsed
/// culture-invariant (<c>1.5</c>, <c>-2e-3</c>; never <c>1,5</c>); an empty cell or <c>NA</c> is
/// missing; NaN and infinities are refused rather than carried into the statistics. Messages name
/// the cell but never repeat its content, which may be patient data.
/// </summary>
public sealed class CsvTable
{
    /// <summary>Largest file read (256 MiB): far above any cohort or feature table, far below what would exhaust memory.</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    private readonly Dictionary<string, int> _index;

    private CsvTable(string source, string[] columns, IReadOnlyList<CsvRecord> rows)
    {
        Source = source;
        Columns = columns;
        Rows = rows;
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var c = 0; c < columns.Length; c++)
        {
            if (columns[c].Length == 0)
            {
                throw new InvalidInputException($"column {c + 1} of the header has no name", source);
            }

            if (!_index.TryAdd(columns[c], c))
            {
                throw new InvalidInputException($"column '{columns[c]}' appears twice in the header", source);
            }
        }
    }

    /// <summary>Where the table came from (a path or a caller's name); used in error messages.</summary>
    public string Source { get; }

    public IReadOnlyList<string> Columns { get; }

    /// <summary>Data rows in file order, blank lines skipped.</summary>
    public IReadOnlyList<CsvRecord> Rows { get; }

    public int RowCount => Rows.Count;

    public static CsvTable Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException("file not found", path);
        }

        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            throw new InvalidInputException($"CSV file is {length / (1024 * 1024)} MiB; tables larger than {MaxFileBytes / (1024 * 1024)} MiB are refused", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static CsvTable Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var records = CsvParser.Parse(text, source);
        if (records.Count == 0)
        {
            throw new InvalidInputException("CSV file is empty (no header row)", source);
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToArray();
        var rows = new List<CsvRecord>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            if (record.Fields.Count == 1 && record.Fields[0].Length == 0)
            {
                continue;
            }

            if (record.Fields.Count != header.Length)
            {
                throw new InvalidInputException($"line {record.Line} has {record.Fields.Count} fields but the header has {header.Length}", source);
            }

            rows.Add(record);
        }

        return new CsvTable(source, header, rows);
    }

    public bool HasColumn(string name) => _index.ContainsKey(name);

    /// <summary>The position of a column; a missing column is an error that lists the ones present.</summary>
    public int ColumnIndex(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _index.TryGetValue(name, out var c)
            ? c
            : throw new InvalidInputException($"column '{name}' not found; the table has {string.Join(", ", Columns)}", Source);
    }

    /// <summary>A column as text, exactly as written (quotes removed).</summary>
    public string[] Text(string column)
    {
        var c = ColumnIndex(column);
        return Rows.Select(r => r.Fields[c]).ToArray();
    }

    /// <summary>A column of finite numbers; a missing or unparseable cell is an error naming its line.</summary>
    public double[] Numbers(string column)
    {
        var c = ColumnIndex(column);
        var values = new double[Rows.Count];
        for (var r = 0; r < Rows.Count; r++)
        {
            values[r] = ParseNumber(Rows[r], c, column);
        }

        return values;
    }

    /// <summary>A column coded 0/1 (written as 0 or 1, or a number equal to them such as 1.0).</summary>
    public int[] Binary(string column)
    {
        var c = ColumnIndex(column);
        var values = new int[Rows.Count];
        for (var r = 0; r < Rows.Count; r++)
        {
            var v = ParseNumber(Rows[r], c, column);
            values[r] = v switch
            {
                0 => 0,
                1 => 1,
                _ => throw new InvalidInputException($"{Location(r, column)}: must be 0 or 1", Source),
            };
        }

        return values;
    }

    /// <summary>"line 12, column 'pfs_months'": how a cell is named in messages.</summary>
    public string Location(int row, string column) => CellName(Rows[row], column);

    private static string CellName(CsvRecord record, string column) => $"line {record.Line}, column '{column}'";

    private double ParseNumber(CsvRecord record, int c, string column)
    {
        var text = record.Fields[c].Trim();
        var where = CellName(record, column);
        if (text.Length == 0 || text == "NA")
        {
            throw new InvalidInputException($"{where}: value is missing", Source);
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new InvalidInputException($"{where}: not a number", Source);
        }

        return double.IsFinite(value) ? value : throw new InvalidInputException($"{where}: not a finite number", Source);
    }
}
