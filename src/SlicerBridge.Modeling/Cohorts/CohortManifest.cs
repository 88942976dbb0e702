using System.Security.Cryptography;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Tables;

namespace SlicerBridge.Modeling.Cohorts;

/// <summary>
/// A training cohort manifest (CSV, one row per case): <c>id, split (train|validation), arterial_image,
/// arterial_mask, venous_image, venous_mask</c>, optionally <c>arterial_mask_reader2, venous_mask_reader2,
/// arterial_mask_repeat, venous_mask_repeat</c> (blank for cases without that read), the outcome column,
/// the clinical columns and an optional <c>fold</c>. Paths are relative to the manifest. Everything,
/// including that every file exists, is checked before any image is read.
/// </summary>
public sealed record CohortManifest(string Path, string Sha256, DateTime LastWriteUtc, IReadOnlyList<CohortCase> Cases)
{
    public const string Arterial = "arterial";
    public const string Venous = "venous";

    /// <summary>The phases in the order of the two-phase feature vector.</summary>
    public static IReadOnlyList<string> Phases { get; } = [Arterial, Venous];

    public static CohortManifest Load(string path, CohortColumnsOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var table = CsvTable.Load(path);
        CohortColumns.RequireColumns(table, Phases.SelectMany(p => new[] { $"{p}_image", $"{p}_mask" }));
        var records = CohortColumns.Read(table, options with { SplitRequired = true });

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? ".";
        var cases = new List<CohortCase>(records.Count);
        for (var r = 0; r < records.Count; r++)
        {
            cases.Add(new CohortCase(records[r], Phase(table, r, folder, Arterial), Phase(table, r, folder, Venous)));
        }

        var bytes = File.ReadAllBytes(path);
        return new CohortManifest(
            System.IO.Path.GetFullPath(path), Convert.ToHexStringLower(SHA256.HashData(bytes)), File.GetLastWriteTimeUtc(path), cases);
    }

    private static CasePhase Phase(CsvTable table, int r, string folder, string phase) => new(
        PathCell(table, r, folder, $"{phase}_image", required: true)!,
        PathCell(table, r, folder, $"{phase}_mask", required: true)!,
        PathCell(table, r, folder, $"{phase}_mask_reader2", required: false),
        PathCell(table, r, folder, $"{phase}_mask_repeat", required: false));

    /// <summary>An optional column may be absent or blank; a path that is given must exist.</summary>
    private static string? PathCell(CsvTable table, int r, string folder, string column, bool required)
    {
        var text = table.HasColumn(column) ? CohortColumns.Cell(table, r, column) : "";
        if (text.Length == 0)
        {
            return required ? throw CohortColumns.Error(table, r, column, "file path is empty") : null;
        }

        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(folder, text));
        return System.IO.File.Exists(full) ? full : throw CohortColumns.Error(table, r, column, $"file not found: {text}");
    }
}
