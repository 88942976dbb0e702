using System.Globalization;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Tables;

namespace SlicerBridge.Cli.Batch;

/// <summary>
/// A PyRadiomics-style batch file: columns <c>ID</c>, <c>Image</c>, <c>Mask</c> and optional
/// <c>Label</c>; relative paths are relative to the batch file. Every row is checked before any
/// case runs, and an error names the line and column.
/// </summary>
public static class BatchManifest
{
    public static IReadOnlyList<BatchCase> Load(string path)
    {
        var table = CsvTable.Load(path);
        var id = Column(table, "ID", path);
        var image = Column(table, "Image", path);
        var mask = Column(table, "Mask", path);
        var label = table.HasColumn("Label") ? table.ColumnIndex("Label") : -1;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";

        var cases = new List<BatchCase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in table.Rows)
        {
            var row = record.Fields;
            var line = record.Line;
            var caseId = Required(row[id], line, "ID", path);
            if (!seen.Add(caseId))
            {
                throw new InvalidInputException($"line {line}: duplicate ID '{caseId}'", path);
            }

            int? caseLabel = null;
            if (label >= 0 && row[label].Trim().Length > 0)
            {
                caseLabel = int.TryParse(row[label].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) && l > 0
                    ? l
                    : throw new InvalidInputException($"line {line}, column Label: '{row[label]}' is not a positive integer", path);
            }

            cases.Add(new BatchCase(
                caseId,
                Path.GetFullPath(Path.Combine(folder, Required(row[image], line, "Image", path))),
                Path.GetFullPath(Path.Combine(folder, Required(row[mask], line, "Mask", path))),
                caseLabel,
                line));
        }

        return cases.Count > 0 ? cases : throw new InvalidInputException("batch file lists no cases", path);
    }

    private static int Column(CsvTable table, string name, string path) =>
        table.HasColumn(name) ? table.ColumnIndex(name) : throw new InvalidInputException($"batch file has no '{name}' column", path);

    private static string Required(string value, int line, string column, string path) =>
        value.Trim().Length > 0
            ? value.Trim()
            : throw new InvalidInputException($"line {line}, column {column}: value is empty", path);
}
