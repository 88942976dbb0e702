using System.Text.Json.Serialization;

namespace SlicerBridge.Modeling.FeatureTables;

/// <summary>One extraction of one phase (one image and one mask): feature names without the phase prefix, values, and the geometry.</summary>
public sealed record PhaseFeatures(
    [property: JsonPropertyName("names")] IReadOnlyList<string> Names,
    [property: JsonPropertyName("values")] IReadOnlyList<double> Values,
    [property: JsonPropertyName("geometry")] PhaseGeometry Geometry);
