using System.Text.Json;
using SlicerBridge.Modeling.Tables;
using SlicerBridge.Testing;

namespace SlicerBridge.Cli.Tests.Commands;

/// <summary>
/// <c>slicerbridge outcomes</c> on the R cohort reproduces R's goldens (survfit, survdiff, coxph, step,
/// surv_cutpoint, chisq.test, fisher.test) through the command line; bad tables give one line and exit 2.
/// Tolerances: closed forms (KM, log-rank, maxstat) 1e-10 relative; Cox 1e-7; Fisher 1e-9 (p).
/// </summary>
public sealed class OutcomesCommandTests
{
    private static readonly string Cohort = Fixtures.Path("r", "data", "outcomes_cohort.csv");

    private static JsonElement Golden(string file)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("r", "golden", file)));
        return doc.RootElement.Clone();
    }

    private static JsonElement ReadJson(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.Clone();
    }

    private static void Close(double expected, double actual, double tolerance, string what) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Max(1, Math.Abs(expected)), $"{what}: expected {expected:R}, got {actual:R}");

    private static void Close(JsonElement expected, JsonElement actual, double tolerance, string what)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.Equal(JsonValueKind.Null, actual.ValueKind);
            return;
        }

        Close(expected.GetDouble(), actual.GetDouble(), tolerance, what);
    }

    private static JsonElement Term(JsonElement rows, string term) => rows.EnumerateArray().Single(r => r.GetProperty("term").GetString() == term);

    private static void AssertCox(JsonElement golden, JsonElement row, string what)
    {
        Close(golden.GetProperty("hr").GetDouble(), row.GetProperty("hr").GetDouble(), 1e-7, what + " hr");
        Close(golden.GetProperty("hr_lower").GetDouble(), row.GetProperty("ci_low").GetDouble(), 1e-7, what + " ci_low");
        Close(golden.GetProperty("hr_upper").GetDouble(), row.GetProperty("ci_high").GetDouble(), 1e-7, what + " ci_high");
        Close(golden.GetProperty("p_wald").GetDouble(), row.GetProperty("p").GetDouble(), 1e-7, what + " p");
    }

    [Fact]
    public void Given_cutoff_reproduces_survfit_survdiff_coxph_step_and_response_tests()
    {
        using var temp = new TempDirectory();
        var run = CliRun.Of(
            "outcomes", "--table", Cohort, "--time", "pfs_months", "--event", "pfs_event", "--score", "high_six_twelve", "--cutoff", "0.5",
            "--covariates", "score,age,sex_male,tumour_size_cm,afp_high", "--stepwise", "--response", "response", "--times", "6,12,24,36",
            "--out", temp.File("result.json"), "--report", temp.File("report.html"));
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("", run.Output);
        var json = ReadJson(temp.File("result.json"));
        Assert.Equal("given", json.GetProperty("cutoff").GetProperty("method").GetString());
        Assert.Equal(0.5, json.GetProperty("cutoff").GetProperty("value").GetDouble());

        // Kaplan-Meier: medians with CIs and survival / numbers at risk at 6, 12, 24, 36 months.
        var groups = json.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString() == "low" ? "0" : "1");
        groups["all"] = json.GetProperty("overall");
        foreach (var m in Golden("km.json").GetProperty("medians").EnumerateArray())
        {
            var g = groups[m.GetProperty("strata").GetString()!];
            Assert.Equal(m.GetProperty("records").GetInt32(), g.GetProperty("n").GetInt32());
            Assert.Equal(m.GetProperty("events").GetInt32(), g.GetProperty("events").GetInt32());
            Close(m.GetProperty("median"), g.GetProperty("median"), 1e-10, "median");
            Close(m.GetProperty("median_lcl"), g.GetProperty("median_ci_low"), 1e-10, "median LCL");
            Close(m.GetProperty("median_ucl"), g.GetProperty("median_ci_high"), 1e-10, "median UCL");
        }

        foreach (var s in Golden("km.json").GetProperty("survival_at").EnumerateArray())
        {
            var at = groups[s.GetProperty("strata").GetString()!].GetProperty("at_times").EnumerateArray()
                .Single(a => a.GetProperty("time").GetDouble() == s.GetProperty("time").GetDouble());
            Assert.Equal(s.GetProperty("n_risk").GetInt32(), at.GetProperty("at_risk").GetInt32());
            Close(s.GetProperty("surv"), at.GetProperty("survival"), 1e-10, "S(t)");
            Close(s.GetProperty("lower"), at.GetProperty("lower"), 1e-10, "lower");
            Close(s.GetProperty("upper"), at.GetProperty("upper"), 1e-10, "upper");
        }

        var curves = CsvTable.Load(Fixtures.Path("r", "golden", "km_table.csv"));
        var strata = curves.Text("strata");
        var surv = curves.Numbers("surv");
        foreach (var key in new[] { "all", "0", "1" })
        {
            var expected = surv.Where((_, r) => strata[r] == key).ToArray();
            var actual = groups[key].GetProperty("curve").EnumerateArray().Select(p => p.GetProperty("survival").GetDouble()).ToArray();
            Assert.Equal(expected.Length, actual.Length);
            for (var k = 0; k < expected.Length; k++)
            {
                Close(expected[k], actual[k], 1e-10, $"{key} curve step {k}");
            }
        }

        var logrank = Golden("response_and_logrank.json").GetProperty("logrank_high_six_twelve");
        Close(logrank.GetProperty("chisq").GetDouble(), json.GetProperty("logrank").GetProperty("chisq").GetDouble(), 1e-10, "log-rank chisq");
        Close(logrank.GetProperty("p_value").GetDouble(), json.GetProperty("logrank").GetProperty("p").GetDouble(), 1e-10, "log-rank p");

        // Cox: the group term is named after the score column; covariates keep their names.
        var cox = Golden("cox.json");
        var uni = json.GetProperty("cox").GetProperty("univariable");
        foreach (var name in new[] { "score", "age", "sex_male", "tumour_size_cm", "afp_high" })
        {
            AssertCox(cox.GetProperty("univariable").GetProperty(name).GetProperty("coefficients")[0], Term(uni, name), "univariable " + name);
        }

        AssertCox(cox.GetProperty("univariable").GetProperty("high_six_twelve").GetProperty("coefficients")[0], Term(uni, "high_six_twelve_high"), "univariable group");
        var multi = json.GetProperty("cox").GetProperty("multivariable");
        foreach (var golden in cox.GetProperty("multivariable").GetProperty("coefficients").EnumerateArray())
        {
            var name = golden.GetProperty("term").GetString()!;
            AssertCox(golden, Term(multi, name == "high_six_twelve" ? "high_six_twelve_high" : name), "multivariable " + name);
        }

        var step = Golden("cox_step.json");
        var ours = json.GetProperty("cox").GetProperty("stepwise");
        Assert.Equal(
            step.GetProperty("path").EnumerateArray().Select(p => p.GetProperty("step").GetString()),
            ours.GetProperty("path").EnumerateArray().Select(p => p.GetProperty("change").GetString()));
        foreach (var golden in step.GetProperty("final").GetProperty("coefficients").EnumerateArray())
        {
            var name = golden.GetProperty("term").GetString()!;
            AssertCox(golden, Term(ours.GetProperty("final"), name == "high_six_twelve" ? "high_six_twelve_high" : name), "stepwise " + name);
        }

        var tests = Golden("response_and_logrank.json");
        var response = json.GetProperty("response");
        Assert.Equal("chisq_yates", response.GetProperty("test").GetString());
        Close(tests.GetProperty("chisq_yates").GetProperty("statistic").GetDouble(), response.GetProperty("chisq_yates").GetProperty("statistic").GetDouble(), 1e-10, "Yates");
        Close(tests.GetProperty("chisq_yates").GetProperty("p").GetDouble(), response.GetProperty("p").GetDouble(), 1e-10, "Yates p");
        Close(tests.GetProperty("fisher").GetProperty("p").GetDouble(), response.GetProperty("fisher").GetProperty("p").GetDouble(), 1e-9, "Fisher p");

        var html = File.ReadAllText(temp.File("report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.Contains("outcomes_cohort.csv", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Fixtures.Root, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Optimal_cutoff_reproduces_surv_cutpoint_exactly()
    {
        var run = CliRun.Of("outcomes", "--table", Cohort, "--time", "pfs_months", "--event", "pfs_event", "--score", "score", "--optimal-cutoff");
        Assert.True(run.ExitCode == 0, run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        var json = doc.RootElement;
        var golden = Golden("cutpoint.json");
        var cutoff = json.GetProperty("cutoff");
        Assert.Equal("maxstat", cutoff.GetProperty("method").GetString());
        Assert.Equal(golden.GetProperty("cutpoint").GetDouble(), cutoff.GetProperty("value").GetDouble());
        Close(golden.GetProperty("statistic").GetDouble(), cutoff.GetProperty("statistic").GetDouble(), 1e-10, "statistic");

        var scan = CsvTable.Load(Fixtures.Path("r", "golden", "cutpoint_scan.csv"));
        var cuts = scan.Numbers("cut");
        var statistics = scan.Numbers("statistic");
        var ours = cutoff.GetProperty("scan").EnumerateArray().ToArray();
        Assert.Equal(cuts, ours.Select(c => c.GetProperty("cut").GetDouble()));
        for (var k = 0; k < cuts.Length; k++)
        {
            Close(statistics[k], ours[k].GetProperty("statistic").GetDouble(), 1e-10, $"statistic at {cuts[k]}");
        }

        var groups = json.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!, g => g.GetProperty("n").GetInt32());
        Assert.Equal(golden.GetProperty("groups").GetProperty("low").GetInt32(), groups["low"]);
        Assert.Equal(golden.GetProperty("groups").GetProperty("high").GetInt32(), groups["high"]);
        Close(golden.GetProperty("logrank_at_cutpoint").GetProperty("chisq").GetDouble(), json.GetProperty("logrank").GetProperty("chisq").GetDouble(), 1e-10, "chisq");
        AssertCox(golden.GetProperty("cox_high_vs_low").GetProperty("coefficients")[0], Term(json.GetProperty("cox").GetProperty("univariable"), "score_high"), "score_high");
    }

    [Fact]
    public void Negative_cutoff_is_accepted()
    {
        var run = CliRun.Of("outcomes", "--table", Cohort, "--time", "pfs_months", "--event", "pfs_event", "--score", "score", "--cutoff=-0.896845");
        Assert.True(run.ExitCode == 0, run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        Assert.Equal(21, doc.RootElement.GetProperty("groups")[0].GetProperty("n").GetInt32());
    }

    [Theory]
    [InlineData("id,t,d,s\na,1,1,0.2\nb,2,0,0.9\n", "--time", "time", "error: column 'time' not found; the table has id, t, d, s (")]
    [InlineData("id,t,d,s\na,1,1,0.2\nb,-2,0,0.9\n", "--time", "t", "error: line 3, column 't': survival time is negative (")]
    [InlineData("id,t,d,s\na,1,1,0.2\nb,2,0,high\n", "--time", "t", "error: line 3, column 's': not a number (")]
    [InlineData("id,t,d,s\na,1,0,0.2\nb,2,0,0.9\n", "--time", "t", "error: column 'd' has no events (all 0); survival analysis needs at least one (")]
    [InlineData("id,t,d,s\na,1,1,0.2\nb,2,0,0.3\n", "--time", "t", "error: cut-off 0.5 puts every patient in the low group of 's'; both groups need patients (")]
    public void Bad_tables_give_one_line_naming_row_and_column(string csv, string option, string column, string expected)
    {
        using var temp = new TempDirectory();
        var table = temp.File("cohort.csv");
        File.WriteAllText(table, csv);
        var run = CliRun.Of("outcomes", "--table", table, option, column, "--event", "d", "--score", "s", "--cutoff", "0.5", "--out", temp.File("r.json"));
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Equal(expected + table + ")", line);
        Assert.False(File.Exists(temp.File("r.json")));
        Assert.Equal([table], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Statistics_errors_are_bad_input_too()
    {
        using var temp = new TempDirectory();
        var table = temp.File("cohort.csv");
        File.WriteAllText(table, "t,d,s,c\n1,1,0.2,3\n2,0,0.9,3\n3,1,0.7,3\n4,1,0.1,3\n");
        var run = CliRun.Of("outcomes", "--table", table, "--time", "t", "--event", "d", "--score", "s", "--cutoff", "0.5", "--covariates", "c");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: covariate 'c' is constant; its hazard ratio cannot be estimated ({table}: c)", Assert.Single(run.ErrorLines));
    }

    [Theory]
    [InlineData(new string[0], "error: give the cut-off with --cutoff X, or ask for --optimal-cutoff (--cutoff)")]
    [InlineData(new[] { "--cutoff", "0.5", "--optimal-cutoff" }, "error: use either --cutoff or --optimal-cutoff, not both (--cutoff)")]
    [InlineData(new[] { "--cutoff", "half" }, "error: 'half' is not a number (--cutoff)")]
    [InlineData(new[] { "--optimal-cutoff", "--min-prop", "0.6" }, "error: --min-prop must be between 0 and 0.5 (--min-prop)")]
    [InlineData(new[] { "--cutoff", "0.5", "--times", "6,x" }, "error: 'x' is not a number (--times)")]
    public void Cutoff_options_are_checked(string[] extra, string expected)
    {
        var run = CliRun.Of(["outcomes", "--table", Cohort, "--time", "pfs_months", "--event", "pfs_event", "--score", "score", .. extra]);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Missing_table_file_is_bad_input()
    {
        using var temp = new TempDirectory();
        var run = CliRun.Of("outcomes", "--table", temp.File("none.csv"), "--time", "t", "--event", "d", "--score", "s", "--optimal-cutoff");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"error: file not found ({temp.File("none.csv")})", Assert.Single(run.ErrorLines));
    }

    [Fact]
    public void Required_options_are_enforced_by_the_parser()
    {
        var run = CliRun.Of("outcomes", "--table", Cohort, "--optimal-cutoff");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.Contains("--time", StringComparison.Ordinal));
    }
}
