namespace SlicerBridge.Modeling.FeatureTables;

/// <summary>
/// A wide feature table: one row per case, one column per feature (two-phase PyRadiomics names), plus each
/// phase's geometry as PyRadiomics' <c>diagnostics_Image-original_Spacing</c> and
/// <c>diagnostics_Mask-original_VoxelNum</c>. Read and written by <see cref="FeatureTableReader"/> and
/// <see cref="FeatureTableWriter"/>.
/// </summary>
public sealed class FeatureTable
{
    private readonly Dictionary<string, int> _rowIndex;

    public FeatureTable(IReadOnlyList<string> names, IReadOnlyList<FeatureRow> rows)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(rows);
        Names = names;
        Rows = rows;
        _rowIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Values.Length != names.Count)
            {
                throw new ArgumentException($"row {r + 1} has {rows[r].Values.Length} values for {names.Count} features", nameof(rows));
            }

            if (!_rowIndex.TryAdd(rows[r].Id, r))
            {
                throw new ArgumentException($"case id of row {r + 1} appears twice", nameof(rows));
            }
        }
    }

    public IReadOnlyList<string> Names { get; }

    public IReadOnlyList<FeatureRow> Rows { get; }

    public FeatureRow? Find(string id) => _rowIndex.TryGetValue(id, out var r) ? Rows[r] : null;

    /// <summary>Phase names found as the prefix of geometry entries, in first-seen order.</summary>
    public IReadOnlyList<string> Phases => Rows.SelectMany(r => r.Geometry.Keys).Distinct(StringComparer.Ordinal).ToArray();
}
