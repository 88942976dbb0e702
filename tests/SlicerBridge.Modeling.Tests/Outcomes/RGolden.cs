using System.Text.Json;
using SlicerBridge.Modeling.Tables;
using SlicerBridge.Testing;

namespace SlicerBridge.Modeling.Tests.Outcomes;

/// <summary>The R survival goldens (tests/fixtures/r, made by R/03_survival.R) and the comparisons the tests share.</summary>
internal static class RGolden
{
    public static string Cohort => Fixtures.Path("r", "data", "outcomes_cohort.csv");

    public static JsonElement Json(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("r", "golden", file)));
        return doc.RootElement.Clone();
    }

    public static CsvTable Csv(string file) => CsvTable.Load(Fixtures.Path("r", "golden", file));

    /// <summary>|actual - expected| ≤ tolerance · max(1, |expected|).</summary>
    public static void Close(double expected, double actual, double tolerance, string what)
    {
        var scale = Math.Max(1, Math.Abs(expected));
        Assert.True(Math.Abs(actual - expected) <= tolerance * scale, $"{what}: expected {expected:R}, got {actual:R} (tolerance {tolerance})");
    }

    /// <summary>R's NA (JSON null or an empty CSV cell) must be our null.</summary>
    public static void Close(double? expected, double? actual, double tolerance, string what)
    {
        if (expected is null)
        {
            Assert.True(actual is null, $"{what}: expected NA, got {actual:R}");
            return;
        }

        Assert.True(actual is not null, $"{what}: expected {expected:R}, got null");
        Close(expected.Value, actual.Value, tolerance, what);
    }

    public static double? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDouble();
}
