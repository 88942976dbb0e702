using System.Text.Json.Serialization;

namespace SlicerBridge.Modeling.Scoring;

/// <summary>
/// The clinical-radiomics nomogram for this patient: linear predictor = intercept + Σ term contributions,
/// probability = logistic(linear predictor), risk group at the nomogram cut-off (on the linear-predictor scale).
/// </summary>
public sealed record NomogramScore(
    [property: JsonPropertyName("intercept")] double Intercept,
    [property: JsonPropertyName("terms")] IReadOnlyList<NomogramTermScore> Terms,
    [property: JsonPropertyName("linear_predictor")] double LinearPredictor,
    [property: JsonPropertyName("probability")] double Probability,
    [property: JsonPropertyName("cutoff")] double Cutoff,
    [property: JsonPropertyName("risk_group")] RiskGroup RiskGroup);
