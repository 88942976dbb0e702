using System.Text.Json;
using System.Text.Json.Serialization;

namespace SlicerBridge.Modeling.Outcomes;

/// <summary>
/// JSON of an <see cref="OutcomesResult"/>: snake_case names, culture-invariant shortest
/// round-trip doubles, R's NA as null. An infinite value (e.g. a Fisher CI limit when a cell is 0)
/// is written as the string "Infinity".
/// </summary>
public static class OutcomesJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static void Write(OutcomesResult result, Stream stream) => JsonSerializer.Serialize(stream, result, Options);

    public static string ToJson(OutcomesResult result) => JsonSerializer.Serialize(result, Options);
}
