namespace SlicerBridge.Modeling.Packaging;

/// <summary>
/// A clinical value a nomogram may use, with its unit and the values it can take (inclusive), so a
/// mistyped value (a negative AFP) is refused rather than scored.
/// </summary>
public sealed record ClinicalVariable(string Name, string Description, string Unit, double Minimum, double Maximum);
