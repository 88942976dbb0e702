using System.Globalization;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Tables;

namespace SlicerBridge.Modeling.FeatureTables;

/// <summary>
/// Reads a PyRadiomics-style wide feature table: one row per case keyed by <c>ID</c>, feature columns named as
/// PyRadiomics names them. <c>Image</c>, <c>Mask</c>, <c>Label</c>, every <c>diagnostics_*</c> column and any
/// column holding a non-numeric cell are not features and are skipped (and listed in
/// <see cref="FeatureTableReadResult.Skipped"/>); <c>nan</c> and <c>inf</c> cells are kept as such for the
/// pipeline to screen out. Each phase's <c>&lt;phase&gt;_diagnostics_Image-original_Spacing</c> and
/// <c>&lt;phase&gt;_diagnostics_Mask-original_VoxelNum</c> give the geometry when present.
/// </summary>
public static class FeatureTableReader
{
    public static FeatureTableReadResult Read(string path)
    {
        var table = CsvTable.Load(path);
        if (!table.HasColumn(FeatureTableFormat.IdColumn))
        {
            throw new InvalidInputException(
                $"the feature table has no '{FeatureTableFormat.IdColumn}' column to join on", $"{table.Source}: line 1");
        }

        var idColumn = table.ColumnIndex(FeatureTableFormat.IdColumn);
        var features = new List<int>();
        var skipped = new List<string>();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var name = table.Columns[c];
            if (FeatureTableFormat.CaseColumns.Contains(name))
            {
                continue;
            }

            if (name.Contains(FeatureTableFormat.Diagnostics, StringComparison.Ordinal) || !table.Rows.All(r => FeatureTableFormat.TryNumber(r.Fields[c].Trim(), out _)))
            {
                skipped.Add(name);
                continue;
            }

            features.Add(c);
        }

        var phases = table.Columns
            .Where(n => n.EndsWith(FeatureTableFormat.SpacingSuffix, StringComparison.Ordinal))
            .Select(n => n[..^FeatureTableFormat.SpacingSuffix.Length])
            .Where(p => table.HasColumn(p + FeatureTableFormat.VoxelNumSuffix))
            .ToArray();

        var rows = new List<FeatureRow>(table.RowCount);
        for (var r = 0; r < table.RowCount; r++)
        {
            var fields = table.Rows[r].Fields;
            var id = fields[idColumn].Trim();
            if (id.Length == 0)
            {
                throw new InvalidInputException("case id is empty", $"{table.Source}: {table.Location(r, FeatureTableFormat.IdColumn)}");
            }

            var values = new double[features.Count];
            for (var j = 0; j < features.Count; j++)
            {
                FeatureTableFormat.TryNumber(fields[features[j]].Trim(), out values[j]);
            }

            var geometry = new Dictionary<string, PhaseGeometry>(StringComparer.Ordinal);
            foreach (var phase in phases)
            {
                geometry[phase] = Geometry(table, r, phase);
            }

            rows.Add(new FeatureRow(id, values, geometry));
        }

        if (rows.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count() != rows.Count)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var r = rows.FindIndex(row => !seen.Add(row.Id));
            throw new InvalidInputException("duplicate case id", $"{table.Source}: {table.Location(r, FeatureTableFormat.IdColumn)}");
        }

        return new FeatureTableReadResult(new FeatureTable(features.Select(c => table.Columns[c]).ToArray(), rows), skipped);
    }

    private static PhaseGeometry Geometry(CsvTable table, int r, string phase)
    {
        var spacingColumn = phase + FeatureTableFormat.SpacingSuffix;
        var countColumn = phase + FeatureTableFormat.VoxelNumSuffix;
        var spacing = FeatureTableFormat.ParseTuple(table.Rows[r].Fields[table.ColumnIndex(spacingColumn)])
            ?? throw new InvalidInputException("spacing must be three positive numbers, e.g. (0.7, 0.7, 5.0)", $"{table.Source}: {table.Location(r, spacingColumn)}");
        return long.TryParse(table.Rows[r].Fields[table.ColumnIndex(countColumn)].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count > 0
            ? new PhaseGeometry(spacing, count)
            : throw new InvalidInputException("VOI voxel count must be a positive whole number", $"{table.Source}: {table.Location(r, countColumn)}");
    }
}
