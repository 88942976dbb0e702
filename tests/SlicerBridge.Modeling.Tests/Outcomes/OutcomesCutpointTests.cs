using SlicerBridge.Modeling.Outcomes;
using SlicerBridge.Modeling.Tables;
using static SlicerBridge.Modeling.Tests.Outcomes.RGolden;

namespace SlicerBridge.Modeling.Tests.Outcomes;

/// <summary>
/// The optimal cut-off of <c>score</c> reproduces survminer's surv_cutpoint(minprop = 0.1) exactly
/// (same cut value, statistic and scan), and the groups it makes reproduce survdiff and coxph at
/// that cut (high = score &gt; cut).
/// </summary>
public sealed class OutcomesCutpointTests
{
    private const double Exact = 1e-10;

    private static readonly Lazy<OutcomesResult> Result = new(() => OutcomesAnalysis.Run(
        CsvTable.Load(Cohort), new OutcomesOptions("pfs_months", "pfs_event", "score", ResponseColumn: "response")));

    [Fact]
    public void Cut_and_statistic_match_surv_cutpoint()
    {
        var golden = Json("cutpoint.json");
        var cutoff = Result.Value.Cutoff;
        Assert.Equal("maxstat", cutoff.Method);
        Assert.Equal(golden.GetProperty("cutpoint").GetDouble(), cutoff.Value);
        Close(golden.GetProperty("statistic").GetDouble(), cutoff.Statistic!.Value, Exact, "statistic");
        Assert.Equal(0.1, cutoff.MinProp);
    }

    [Fact]
    public void Scan_matches_maxstat_at_every_candidate()
    {
        var table = Csv("cutpoint_scan.csv");
        var cut = table.Numbers("cut");
        var low = table.Numbers("n_low");
        var statistic = table.Numbers("statistic");
        var scan = Result.Value.Cutoff.Scan!;
        Assert.Equal(table.RowCount, scan.Count);
        for (var k = 0; k < scan.Count; k++)
        {
            Assert.Equal(cut[k], scan[k].Cut);
            Assert.Equal((int)low[k], scan[k].CountLow);
            Close(statistic[k], scan[k].Statistic, Exact, $"statistic at {cut[k]}");
        }
    }

    [Fact]
    public void Groups_logrank_and_cox_at_the_cut_match_R()
    {
        var golden = Json("cutpoint.json");
        var groups = golden.GetProperty("groups");
        Assert.Equal(groups.GetProperty("low").GetInt32(), Result.Value.Groups.Single(g => g.Group == "low").N);
        Assert.Equal(groups.GetProperty("high").GetInt32(), Result.Value.Groups.Single(g => g.Group == "high").N);

        var logrank = golden.GetProperty("logrank_at_cutpoint");
        Close(logrank.GetProperty("chisq").GetDouble(), Result.Value.Logrank.Chisq, Exact, "chisq");
        Close(logrank.GetProperty("p_value").GetDouble(), Result.Value.Logrank.P, Exact, "p");

        // R's groups are ordered high, low.
        var observed = logrank.GetProperty("observed").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        var expected = logrank.GetProperty("expected").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.Equal(observed[0], Result.Value.Groups.Single(g => g.Group == "high").Events);
        Assert.Equal(observed[1], Result.Value.Groups.Single(g => g.Group == "low").Events);
        Close(expected[0], Result.Value.Groups.Single(g => g.Group == "high").ExpectedEvents!.Value, Exact, "expected high");

        var cox = golden.GetProperty("cox_high_vs_low").GetProperty("coefficients")[0];
        var row = Assert.Single(Result.Value.Cox.Univariable);
        Assert.Equal("score_high", row.Term);
        Close(cox.GetProperty("hr").GetDouble(), row.Hr, 1e-7, "HR");
        Close(cox.GetProperty("hr_lower").GetDouble(), row.CiLow, 1e-7, "HR lower");
        Close(cox.GetProperty("hr_upper").GetDouble(), row.CiHigh, 1e-7, "HR upper");
        Close(cox.GetProperty("p_wald").GetDouble(), row.P, 1e-7, "p");
        Assert.Equal(row, Assert.Single(Result.Value.Cox.Multivariable));
        Assert.Null(Result.Value.Cox.Stepwise);
    }

    [Fact]
    public void Score_by_response_rank_sum_equals_the_roc_area_of_responders_above_non_responders()
    {
        // W counts responder/non-responder pairs with the responder's score higher (ties one half):
        // pROC's AUC with direction '<' (cases = responders) times the number of pairs.
        var golden = Json("response_and_logrank.json").GetProperty("roc_score_for_response");
        var score = Result.Value.Response!.Score;
        Assert.Equal((34, 46), (score.NResponders, score.NNonResponders));
        Close(golden.GetProperty("auc_direction_lt").GetDouble() * 34 * 46, score.W, Exact, "W");
        Assert.True(score.P < 1e-4, "responders have clearly lower scores (AUC 0.81)");
        Assert.True(score.MedianResponders < score.MedianNonResponders);
    }

    [Fact]
    public void A_patient_exactly_at_the_cut_is_low()
    {
        // surv_categorize: high = x > cutpoint, so the patient whose score is the cut-point is low.
        var result = Result.Value;
        var table = CsvTable.Load(Cohort);
        var atCut = table.Numbers("score").Count(s => s <= result.Cutoff.Value);
        Assert.Equal(atCut, result.Groups.Single(g => g.Group == "low").N);
        Assert.Contains(table.Numbers("score"), s => s == result.Cutoff.Value);
    }

    [Fact]
    public void Default_risk_times_are_round_and_cover_the_follow_up()
    {
        var times = Result.Value.RiskTimes;
        Assert.Equal(0, times[0]);
        var step = times[1] - times[0];
        Assert.All(times.Zip(times.Skip(1)), p => Assert.Equal(step, p.Second - p.First, 12));
        var maxTime = CsvTable.Load(Cohort).Numbers("pfs_months").Max();
        Assert.True(times[^1] <= maxTime && times[^1] + step > maxTime);
        Assert.Contains(step, new double[] { 1, 2, 2.5, 5, 10, 20 });
    }
}
