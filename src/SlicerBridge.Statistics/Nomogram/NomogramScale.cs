namespace SlicerBridge.Statistics.Nomogram;

/// <summary>A bottom scale of the nomogram: tick values (linear predictor or probability) and where they sit in total points.</summary>
public sealed record NomogramScale(IReadOnlyList<double> Values, IReadOnlyList<double> Points);
