using System.Text.Json.Serialization;

namespace SlicerBridge.Modeling.Scoring;

/// <summary>Which side of a cut-off a score falls on: strictly above is <see cref="High"/>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RiskGroup>))]
public enum RiskGroup
{
    [JsonStringEnumMemberName("low")]
    Low,

    [JsonStringEnumMemberName("high")]
    High,
}
