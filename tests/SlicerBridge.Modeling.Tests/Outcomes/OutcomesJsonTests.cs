using System.Text.Json;
using SlicerBridge.Modeling.Outcomes;
using SlicerBridge.Modeling.Tables;
using static SlicerBridge.Modeling.Tests.Outcomes.RGolden;

namespace SlicerBridge.Modeling.Tests.Outcomes;

/// <summary>The JSON contract other tools read: names, nulls for NA, doubles that round-trip exactly.</summary>
public sealed class OutcomesJsonTests
{
    private static readonly Lazy<OutcomesResult> Result = new(() => OutcomesAnalysis.Run(
        CsvTable.Load(Cohort),
        new OutcomesOptions("pfs_months", "pfs_event", "score", Covariates: ["age", "afp_high"], Stepwise: true, ResponseColumn: "response", RiskTimes: [0, 12, 24])));

    private static JsonElement Root()
    {
        using var doc = JsonDocument.Parse(OutcomesJson.ToJson(Result.Value));
        return doc.RootElement.Clone();
    }

    [Fact]
    public void Has_the_documented_fields()
    {
        var root = Root();
        var cutoff = root.GetProperty("cutoff");
        Assert.Equal("maxstat", cutoff.GetProperty("method").GetString());
        Assert.Equal(Result.Value.Cutoff.Value, cutoff.GetProperty("value").GetDouble());
        Assert.Equal(Result.Value.Cutoff.Statistic, cutoff.GetProperty("statistic").GetDouble());

        var groups = root.GetProperty("groups").EnumerateArray().ToArray();
        Assert.Equal(["low", "high"], groups.Select(g => g.GetProperty("group").GetString()));
        foreach (var name in new[] { "n", "events", "expected_events", "median", "median_ci_low", "median_ci_high", "at_times", "curve" })
        {
            Assert.True(groups[1].TryGetProperty(name, out _), name);
        }

        // The low group's upper median limit never reaches 0.5: R's NA is null.
        Assert.Equal(JsonValueKind.Null, groups[0].GetProperty("median_ci_high").ValueKind);

        var logrank = root.GetProperty("logrank");
        Assert.Equal(Result.Value.Logrank.Chisq, logrank.GetProperty("chisq").GetDouble());
        Assert.Equal(1, logrank.GetProperty("df").GetInt32());
        Assert.Equal(Result.Value.Logrank.P, logrank.GetProperty("p").GetDouble());

        var cox = root.GetProperty("cox");
        var terms = cox.GetProperty("multivariable").EnumerateArray().Select(r => r.GetProperty("term").GetString()!).ToArray();
        Assert.Equal(["score_high", "age", "afp_high"], terms);
        var first = cox.GetProperty("univariable")[0];
        foreach (var name in new[] { "term", "hr", "ci_low", "ci_high", "p" })
        {
            Assert.True(first.TryGetProperty(name, out _), name);
        }

        Assert.True(cox.GetProperty("stepwise").GetProperty("path").GetArrayLength() >= 1);
        Assert.Equal("chisq_yates", root.GetProperty("response").GetProperty("test").GetString());
    }

    [Fact]
    public void Doubles_round_trip_exactly()
    {
        var root = Root();
        var hr = root.GetProperty("cox").GetProperty("univariable")[0].GetProperty("hr").GetDouble();
        Assert.Equal(Result.Value.Cox.Univariable[0].Hr, hr);
        var curve = root.GetProperty("groups")[1].GetProperty("curve").EnumerateArray().Select(p => p.GetProperty("survival").GetDouble());
        Assert.Equal(Result.Value.Groups[1].Curve.Select(p => p.Survival), curve);
    }

    [Fact]
    public void Is_deterministic()
    {
        var again = OutcomesAnalysis.Run(
            CsvTable.Load(Cohort),
            new OutcomesOptions("pfs_months", "pfs_event", "score", Covariates: ["age", "afp_high"], Stepwise: true, ResponseColumn: "response", RiskTimes: [0, 12, 24]));
        Assert.Equal(OutcomesJson.ToJson(Result.Value), OutcomesJson.ToJson(again));
        Assert.DoesNotContain("estimate", OutcomesJson.ToJson(Result.Value), StringComparison.Ordinal);
    }
}
