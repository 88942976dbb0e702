using System.Text.Json.Serialization;

namespace SlicerBridge.Modeling.Scoring;

/// <summary>
/// Something the reader of a score must know: a stable <see cref="Code"/> for software (see
/// <see cref="ScoreWarnings"/>), a plain-words <see cref="Message"/> for people, and what it concerns
/// (a phase or a feature name) when it concerns one thing.
/// </summary>
public sealed record ScoreWarning(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("subject")] string? Subject);
