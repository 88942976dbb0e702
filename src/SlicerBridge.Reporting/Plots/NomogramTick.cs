namespace SlicerBridge.Reporting.Plots;

/// <summary>A labelled tick on a nomogram axis and where it sits in points (for the outcome axis: in total points).</summary>
public sealed record NomogramTick(string Label, double Points);
