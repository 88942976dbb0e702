namespace SlicerBridge.Statistics.Survival;

/// <summary>A named numeric model column, one value per patient.</summary>
public sealed record Covariate(string Name, IReadOnlyList<double> Values);
