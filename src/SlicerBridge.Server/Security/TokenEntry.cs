using System.Text.Json.Serialization;

namespace SlicerBridge.Server.Security;

/// <summary>
/// One caller: a name for the audit log (never a patient), the SHA-256 (hex) of its bearer token, and
/// its roles. Tokens are long random strings, so an unsalted fast hash is enough to keep the file from
/// revealing them; a password would need a slow salted hash instead.
/// </summary>
public sealed record TokenEntry
{
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    [JsonPropertyName("sha256")]
    public string Sha256 { get; init; } = "";

    [JsonPropertyName("roles")]
    public IReadOnlyList<string> Roles { get; init; } = [];
}
