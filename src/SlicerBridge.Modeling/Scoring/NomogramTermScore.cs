using System.Text.Json.Serialization;

namespace SlicerBridge.Modeling.Scoring;

/// <summary>
/// One nomogram term for this patient: the variable's <see cref="Input"/> (e.g. AFP 350 ng/mL), the
/// <see cref="Value"/> entering the sum (the indicator 1 for a thresholded term whose input is above the
/// threshold, else the input itself) and its <see cref="Contribution"/> = coefficient · value.
/// </summary>
public sealed record NomogramTermScore(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("variable")] string Variable,
    [property: JsonPropertyName("threshold")] double? Threshold,
    [property: JsonPropertyName("input")] double Input,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("coefficient")] double Coefficient,
    [property: JsonPropertyName("contribution")] double Contribution);
