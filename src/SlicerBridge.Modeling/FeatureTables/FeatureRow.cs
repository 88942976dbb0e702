namespace SlicerBridge.Modeling.FeatureTables;

/// <summary>One case of a wide feature table: its id, a value per feature column, and each phase's geometry (by phase name).</summary>
public sealed record FeatureRow(string Id, double[] Values, IReadOnlyDictionary<string, PhaseGeometry> Geometry);
