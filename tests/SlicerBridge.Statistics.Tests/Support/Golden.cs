using System.Globalization;
using System.Text.Json;

namespace SlicerBridge.Statistics.Tests.Support;

/// <summary>
/// Reads the R golden files in <c>tests/fixtures/r</c> (see its README): JSON with NA as null and
/// non-finite numbers as the strings "Inf", "-Inf", "NaN"; CSV without quoting where an empty
/// field is NA.
/// </summary>
internal static class Golden
{
    public static string DataPath(string file) => SlicerBridge.Testing.Fixtures.Path("r", "data", file);

    public static string GoldenPath(string file) => SlicerBridge.Testing.Fixtures.Path("r", "golden", file);

    public static JsonElement Json(string file)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(GoldenPath(file)));
        return document.RootElement.Clone();
    }

    /// <summary>A number from R's JSON: a number, or one of the strings Inf, -Inf, NaN; null (NA) becomes NaN.</summary>
    public static double Number(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Number => element.GetDouble(),
        JsonValueKind.String => ParseNumber(element.GetString()!),
        JsonValueKind.Null => double.NaN,
        _ => throw new FormatException($"not a number: {element}"),
    };

    /// <summary>A numeric vector; R unboxes length-1 vectors to scalars, so a scalar is a vector of one.</summary>
    public static double[] Numbers(JsonElement element) => element.ValueKind == JsonValueKind.Array
        ? element.EnumerateArray().Select(Number).ToArray()
        : [Number(element)];

    public static string[] Strings(JsonElement element) => element.ValueKind == JsonValueKind.Array
        ? element.EnumerateArray().Select(e => e.GetString()!).ToArray()
        : [element.GetString()!];

    /// <summary>A CSV table from <c>golden/</c> or <c>data/</c> as a header and rows of raw cells.</summary>
    public static CsvTable Csv(string path) => CsvTable.Load(path);

    public static double ParseNumber(string text) => text switch
    {
        "" or "NA" => double.NaN,
        "Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        "NaN" => double.NaN,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
