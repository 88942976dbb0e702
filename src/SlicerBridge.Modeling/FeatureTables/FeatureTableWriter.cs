using System.Globalization;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Modeling.Tables;

namespace SlicerBridge.Modeling.FeatureTables;

/// <summary>
/// Writes a wide feature table as PyRadiomics' batch CSV would: <c>ID</c>, each phase's spacing and VOI voxel
/// count diagnostics, then every feature with round-trip precision. Written atomically; reads back unchanged
/// with <see cref="FeatureTableReader"/>.
/// </summary>
public static class FeatureTableWriter
{
    public static void Write(FeatureTable table, string path)
    {
        ArgumentNullException.ThrowIfNull(table);
        AtomicFile.WriteText(path, w => Write(table, w));
    }

    public static void Write(FeatureTable table, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(writer);
        var phases = table.Phases;
        var header = new List<string> { FeatureTableFormat.IdColumn };
        foreach (var phase in phases)
        {
            header.Add(phase + FeatureTableFormat.SpacingSuffix);
            header.Add(phase + FeatureTableFormat.VoxelNumSuffix);
        }

        header.AddRange(table.Names);
        writer.WriteLine(CsvWriter.Line(header));
        var cells = new List<string>(header.Count);
        foreach (var row in table.Rows)
        {
            cells.Clear();
            cells.Add(row.Id);
            foreach (var phase in phases)
            {
                var geometry = row.Geometry.GetValueOrDefault(phase);
                cells.Add(geometry is null ? "" : FeatureTableFormat.Tuple(geometry.Spacing));
                cells.Add(geometry?.VoxelCount.ToString(CultureInfo.InvariantCulture) ?? "");
            }

            cells.AddRange(row.Values.Select(FeatureTableFormat.Number));
            writer.WriteLine(CsvWriter.Line(cells));
        }
    }
}
