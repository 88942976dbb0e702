namespace SlicerBridge.Statistics.Nomogram;

/// <summary>A model term for the nomogram: its coefficient and its training values (which set the axis, as datadist does).</summary>
public sealed record NomogramPredictor(string Name, double Coefficient, IReadOnlyList<double> TrainingValues);
