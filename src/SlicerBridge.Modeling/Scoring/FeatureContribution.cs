using System.Text.Json.Serialization;

namespace SlicerBridge.Modeling.Scoring;

/// <summary>
/// One model feature for this patient: its value, z = (value − mean)/sd with the training mean and SD,
/// and its share of the radscore, <see cref="Contribution"/> = coefficient · z. The training range lets a
/// viewer place the patient among the training cases.
/// </summary>
public sealed record FeatureContribution(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] double Value,
    [property: JsonPropertyName("mean")] double Mean,
    [property: JsonPropertyName("sd")] double Sd,
    [property: JsonPropertyName("z")] double Z,
    [property: JsonPropertyName("coefficient")] double Coefficient,
    [property: JsonPropertyName("contribution")] double Contribution,
    [property: JsonPropertyName("training_min")] double TrainingMin,
    [property: JsonPropertyName("training_max")] double TrainingMax);
