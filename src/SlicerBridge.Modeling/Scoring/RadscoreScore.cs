using System.Text.Json.Serialization;

namespace SlicerBridge.Modeling.Scoring;

/// <summary>The radiomics score and its risk group at the model's radscore cut-off.</summary>
public sealed record RadscoreScore(
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("cutoff")] double Cutoff,
    [property: JsonPropertyName("risk_group")] RiskGroup RiskGroup);
