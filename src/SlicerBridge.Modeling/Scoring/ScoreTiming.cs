using System.Text.Json.Serialization;

namespace SlicerBridge.Modeling.Scoring;

/// <summary>Server-side time of one score: feature extraction, and everything from the inputs to the result.</summary>
public sealed record ScoreTiming(
    [property: JsonPropertyName("extraction_ms")] double ExtractionMs,
    [property: JsonPropertyName("total_ms")] double TotalMs);
