using System.Text.Json.Serialization;

namespace SlicerBridge.Server.Audit;

/// <summary>One line of the audit log. By construction it has no field that could hold patient data or pixels.</summary>
public sealed record AuditRecord(
    [property: JsonPropertyName("time")] DateTimeOffset Time,
    [property: JsonPropertyName("request_id")] string RequestId,
    [property: JsonPropertyName("caller")] string Caller,
    [property: JsonPropertyName("method")] string Method,
    [property: JsonPropertyName("model_id")] string? ModelId,
    [property: JsonPropertyName("model_version")] string? ModelVersion,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("duration_ms")] double DurationMs);
