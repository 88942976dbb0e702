using System.Text.Json.Serialization;

namespace SlicerBridge.Modeling.Scoring;

/// <summary>
/// Everything one score says, as plain data: rendered by the CLI, returned by the server and drawn on the
/// risk panel. Serialises to snake_case JSON. A demonstration model's result carries
/// <see cref="Demonstration"/> and <see cref="DemonstrationNotice"/>, and every rendering must show it.
/// </summary>
public sealed record ScoreResult
{
    public const string DemonstrationNotice = "for demonstration, not for clinical use";

    [JsonPropertyName("model")]
    public required ScoredModel Model { get; init; }

    /// <summary>True when the model was trained on synthetic data.</summary>
    [JsonPropertyName("demonstration")]
    public required bool Demonstration { get; init; }

    /// <summary><see cref="DemonstrationNotice"/> for a demonstration model, else null.</summary>
    [JsonPropertyName("notice")]
    public string? Notice => Demonstration ? DemonstrationNotice : null;

    [JsonPropertyName("radscore")]
    public required RadscoreScore Radscore { get; init; }

    [JsonPropertyName("nomogram")]
    public required NomogramScore Nomogram { get; init; }

    /// <summary>The model's features, largest |contribution| first; empty when the radscore was given, not computed.</summary>
    [JsonPropertyName("drivers")]
    public required IReadOnlyList<FeatureContribution> Drivers { get; init; }

    /// <summary>The clinical values supplied, by variable name (e.g. <c>afp_ng_ml</c>).</summary>
    [JsonPropertyName("clinical")]
    public required IReadOnlyDictionary<string, double> Clinical { get; init; }

    /// <summary>The volumes of interest of the phases the model uses; empty when the radscore was given.</summary>
    [JsonPropertyName("phases")]
    public required IReadOnlyList<PhaseVoi> Phases { get; init; }

    [JsonPropertyName("warnings")]
    public required IReadOnlyList<ScoreWarning> Warnings { get; init; }

    [JsonPropertyName("timing")]
    public required ScoreTiming Timing { get; init; }
}
