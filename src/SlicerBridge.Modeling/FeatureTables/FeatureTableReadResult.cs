namespace SlicerBridge.Modeling.FeatureTables;

/// <summary>The features read, and the columns that were not features (diagnostics and non-numeric columns), by name.</summary>
public sealed record FeatureTableReadResult(FeatureTable Table, IReadOnlyList<string> Skipped);
