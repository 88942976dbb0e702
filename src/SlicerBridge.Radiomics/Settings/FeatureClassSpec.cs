namespace SlicerBridge.Radiomics.Settings;

/// <summary>An enabled feature class and the features asked of it, in the order they are computed.</summary>
public sealed record FeatureClassSpec(string Name, IReadOnlyList<string> Features);
