using System.Text.Json.Serialization;

namespace SlicerBridge.Modeling.Scoring;

/// <summary>What a score was computed with: a model package (with its hash) or the published nomogram (no hash).</summary>
public sealed record ScoredModel(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("sha256")] string? Sha256,
    [property: JsonPropertyName("intended_use")] string IntendedUse);
