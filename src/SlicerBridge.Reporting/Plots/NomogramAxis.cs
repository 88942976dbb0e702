namespace SlicerBridge.Reporting.Plots;

/// <summary>One row of a nomogram: its name and its ticks.</summary>
public sealed record NomogramAxis(string Name, IReadOnlyList<NomogramTick> Ticks);
