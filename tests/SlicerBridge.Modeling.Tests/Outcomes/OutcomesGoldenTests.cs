using System.Globalization;
using System.Text.Json;
using SlicerBridge.Modeling.Outcomes;
using SlicerBridge.Modeling.Tables;
using static SlicerBridge.Modeling.Tests.Outcomes.RGolden;

namespace SlicerBridge.Modeling.Tests.Outcomes;

/// <summary>
/// The analysis with groups given by the cohort's binary <c>high_six_twelve</c> (cut-off 0.5, so high = 1)
/// and all other columns as covariates reproduces R's survfit, survdiff, coxph, step, chisq.test and
/// fisher.test goldens. Tolerances: KM and log-rank are closed forms (1e-10 relative); Cox is Newton
/// to eps 1e-9 in both (1e-7 relative); the R files carry 15 significant digits.
/// </summary>
public sealed class OutcomesGoldenTests
{
    private const double Exact = 1e-10;
    private const double CoxTolerance = 1e-7;
    private static readonly string[] Covariates = ["score", "age", "sex_male", "tumour_size_cm", "afp_high"];

    private static readonly Lazy<OutcomesResult> Result = new(() => OutcomesAnalysis.Run(
        CsvTable.Load(Cohort),
        new OutcomesOptions("pfs_months", "pfs_event", "high_six_twelve", Cutoff: 0.5, Covariates: Covariates, Stepwise: true,
            ResponseColumn: "response", RiskTimes: [6, 12, 24, 36])));

    /// <summary>Our term for R's: the score-group term is named after the score column.</summary>
    private static string RTerm(string term) => term == "high_six_twelve_high" ? "high_six_twelve" : term;

    private static GroupSurvival Group(string strata) => strata switch
    {
        "all" => Result.Value.Overall,
        "0" => Result.Value.Groups.Single(g => g.Group == "low"),
        _ => Result.Value.Groups.Single(g => g.Group == "high"),
    };

    [Fact]
    public void Medians_and_counts_match_survfit()
    {
        foreach (var row in Json("km.json").GetProperty("medians").EnumerateArray())
        {
            var strata = row.GetProperty("strata").GetString()!;
            var g = Group(strata);
            Assert.Equal(row.GetProperty("records").GetInt32(), g.N);
            Assert.Equal(row.GetProperty("events").GetInt32(), g.Events);
            Close(Number(row.GetProperty("median")), g.Median, Exact, $"{strata} median");
            Close(Number(row.GetProperty("median_lcl")), g.MedianCiLow, Exact, $"{strata} median LCL");
            Close(Number(row.GetProperty("median_ucl")), g.MedianCiHigh, Exact, $"{strata} median UCL");
        }
    }

    [Fact]
    public void Survival_and_numbers_at_risk_at_times_match_summary_survfit()
    {
        var rows = Json("km.json").GetProperty("survival_at").EnumerateArray().ToArray();
        Assert.Equal(12, rows.Length);
        foreach (var row in rows)
        {
            var strata = row.GetProperty("strata").GetString()!;
            var time = row.GetProperty("time").GetDouble();
            var at = Group(strata).AtTimes.Single(a => a.Time == time);
            Assert.Equal(row.GetProperty("n_risk").GetInt32(), at.AtRisk);
            Close(row.GetProperty("surv").GetDouble(), at.Survival, Exact, $"{strata} S({time})");
            Close(Number(row.GetProperty("std_err_surv")), at.StdErrSurvival, Exact, $"{strata} SE({time})");
            Close(Number(row.GetProperty("lower")), at.Lower, Exact, $"{strata} lower({time})");
            Close(Number(row.GetProperty("upper")), at.Upper, Exact, $"{strata} upper({time})");
        }
    }

    [Fact]
    public void Curves_match_the_survfit_table()
    {
        var table = Csv("km_table.csv");
        var strata = table.Text("strata");
        var time = table.Numbers("time");
        var risk = table.Numbers("n_risk");
        var events = table.Numbers("n_event");
        var censor = table.Numbers("n_censor");
        var surv = table.Numbers("surv");
        var lower = table.Text("lower");
        var upper = table.Text("upper");
        foreach (var s in new[] { "all", "0", "1" })
        {
            var rows = Enumerable.Range(0, table.RowCount).Where(r => strata[r] == s).ToArray();
            var curve = Group(s).Curve;
            Assert.Equal(rows.Length, curve.Count);
            for (var k = 0; k < rows.Length; k++)
            {
                var r = rows[k];
                var p = curve[k];
                Assert.Equal(time[r], p.Time);
                Assert.Equal((int)risk[r], p.AtRisk);
                Assert.Equal((int)events[r], p.Events);
                Assert.Equal((int)censor[r], p.Censored);
                Close(surv[r], p.Survival, Exact, $"{s} S at {time[r]}");
                Close(Optional(lower[r]), p.Lower, Exact, $"{s} lower at {time[r]}");
                Close(Optional(upper[r]), p.Upper, Exact, $"{s} upper at {time[r]}");
            }
        }
    }

    [Fact]
    public void Logrank_matches_survdiff()
    {
        var golden = Json("response_and_logrank.json").GetProperty("logrank_high_six_twelve");
        Close(golden.GetProperty("chisq").GetDouble(), Result.Value.Logrank.Chisq, Exact, "chisq");
        Assert.Equal(golden.GetProperty("df").GetInt32(), Result.Value.Logrank.Df);
        Close(golden.GetProperty("p_value").GetDouble(), Result.Value.Logrank.P, Exact, "p");
        var expected = golden.GetProperty("expected").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Close(expected[0], Result.Value.Groups[0].ExpectedEvents!.Value, Exact, "expected low");
        Close(expected[1], Result.Value.Groups[1].ExpectedEvents!.Value, Exact, "expected high");
    }

    [Fact]
    public void Univariable_cox_matches_coxph_per_term()
    {
        var golden = Json("cox.json").GetProperty("univariable");
        Assert.Equal(6, Result.Value.Cox.Univariable.Count);
        foreach (var row in Result.Value.Cox.Univariable)
        {
            AssertRow(golden.GetProperty(RTerm(row.Term)).GetProperty("coefficients")[0], row);
        }
    }

    [Fact]
    public void Multivariable_cox_matches_coxph()
    {
        var golden = Json("cox.json").GetProperty("multivariable");
        var coefficients = golden.GetProperty("coefficients").EnumerateArray().ToDictionary(c => c.GetProperty("term").GetString()!);
        Assert.Equal(coefficients.Count, Result.Value.Cox.Multivariable.Count);
        Assert.Equal("high_six_twelve_high", Result.Value.Cox.Multivariable[0].Term);
        foreach (var row in Result.Value.Cox.Multivariable)
        {
            AssertRow(coefficients[RTerm(row.Term)], row);
        }

        var model = Result.Value.Cox.MultivariableModel;
        Close(golden.GetProperty("loglik").GetDouble(), model.LogLik, CoxTolerance, "loglik");
        Close(golden.GetProperty("aic").GetDouble(), model.Aic, CoxTolerance, "aic");
        Close(golden.GetProperty("likelihood_ratio_test").GetProperty("statistic").GetDouble(), model.LrChisq, CoxTolerance, "LR");
        Close(golden.GetProperty("concordance").GetProperty("c").GetDouble(), model.Concordance, Exact, "C");
        Assert.Equal(56, model.Events);
    }

    [Fact]
    public void Stepwise_cox_matches_step()
    {
        var golden = Json("cox_step.json");
        var step = Result.Value.Cox.Stepwise!;
        var path = golden.GetProperty("path").EnumerateArray().ToArray();
        Assert.Equal(path.Length, step.Path.Count);
        for (var k = 0; k < path.Length; k++)
        {
            Assert.Equal(path[k].GetProperty("step").GetString(), step.Path[k].Change);
            Assert.Equal(path[k].GetProperty("resid_df").GetInt32(), step.Path[k].ResidualDf);
            Close(path[k].GetProperty("aic").GetDouble(), step.Path[k].Aic, CoxTolerance, $"step {k} AIC");
            Close(Number(path[k].GetProperty("deviance")), step.Path[k].DevianceChange, 1e-6, $"step {k} deviance change");
        }

        var final = golden.GetProperty("final").GetProperty("coefficients").EnumerateArray().ToDictionary(c => c.GetProperty("term").GetString()!);
        Assert.Equal(final.Keys.Order(), step.Selected.Select(RTerm).Order());
        foreach (var row in step.Final)
        {
            AssertRow(final[RTerm(row.Term)], row);
        }
    }

    [Fact]
    public void Response_tests_match_chisq_test_and_fisher_test()
    {
        var golden = Json("response_and_logrank.json");
        var response = Result.Value.Response!;
        var low = golden.GetProperty("table_high_six_twelve_by_response").GetProperty("rows_high_six_twelve_0").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var high = golden.GetProperty("table_high_six_twelve_by_response").GetProperty("rows_high_six_twelve_1").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal((low.Sum(), low[1]), (response.Groups[0].N, response.Groups[0].Responders));
        Assert.Equal((high.Sum(), high[1]), (response.Groups[1].N, response.Groups[1].Responders));

        // Every expected count is above 5 here, so the chi-square test with Yates' correction is the one relied on.
        Assert.True(response.MinExpected > 5);
        Assert.Equal("chisq_yates", response.Test);
        var yates = golden.GetProperty("chisq_yates");
        Close(yates.GetProperty("statistic").GetDouble(), response.ChisqYates.Statistic!.Value, Exact, "Yates chisq");
        Close(yates.GetProperty("p").GetDouble(), response.ChisqYates.P, Exact, "Yates p");
        Assert.Equal(response.ChisqYates.P, response.P);

        var fisher = golden.GetProperty("fisher");
        Close(fisher.GetProperty("p").GetDouble(), response.Fisher.P, 1e-9, "Fisher p");
        // R finds the conditional MLE with uniroot's default tolerance (~1.2e-4); ours is solved to full precision.
        Close(fisher.GetProperty("odds_ratio_conditional_mle").GetDouble(), response.Fisher.OddsRatio, 1e-4, "Fisher OR");
    }

    private static void AssertRow(JsonElement golden, HazardRatioRow row)
    {
        var what = row.Term;
        Close(golden.GetProperty("coef").GetDouble(), row.Coef, CoxTolerance, what + " coef");
        Close(golden.GetProperty("hr").GetDouble(), row.Hr, CoxTolerance, what + " HR");
        Close(golden.GetProperty("se").GetDouble(), row.Se, CoxTolerance, what + " SE");
        Close(golden.GetProperty("p_wald").GetDouble(), row.P, CoxTolerance, what + " p");
        Close(golden.GetProperty("hr_lower").GetDouble(), row.CiLow, CoxTolerance, what + " CI low");
        Close(golden.GetProperty("hr_upper").GetDouble(), row.CiHigh, CoxTolerance, what + " CI high");
    }

    private static double? Optional(string cell) => cell.Length == 0 ? null : double.Parse(cell, CultureInfo.InvariantCulture);
}
