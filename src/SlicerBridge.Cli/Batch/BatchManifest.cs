using System.Globalization;
using SlicerBridge.Cli.Output;
using SlicerBridge.Imaging;

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
        var (header, rows) = Csv.Read(path);
        var id = Column(header, "ID", path);
        var image = Column(header, "Image", path);
        var mask = Column(header, "Mask", path);
        var label = Array.IndexOf(header, "Label");
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";

        var cases = new List<BatchCase>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var line = r + 2;
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

    private static int Column(string[] header, string name, string path)
    {
        var index = Array.IndexOf(header, name);
        return index >= 0 ? index : throw new InvalidInputException($"batch file has no '{name}' column", path);
    }

    private static string Required(string value, int line, string column, string path) =>
        value.Trim().Length > 0
            ? value.Trim()
            : throw new InvalidInputException($"line {line}, column {column}: value is empty", path);
}
