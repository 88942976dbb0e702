using System.Text.Json.Serialization;

namespace SlicerBridge.Server.Registry;

/// <summary>The content of <c>active.json</c>: which package scoring uses by default, pinned by its hash.</summary>
public sealed record ActivePointer(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("sha256")] string Sha256,
    [property: JsonPropertyName("activated")] DateTimeOffset Activated);
