using SlicerBridge.Statistics.Survival;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Survival;

/// <summary>surv_cutpoint / maxstat goldens (cutpoint.json, cutpoint_scan.csv): cuts and group sizes exact, statistics at 1e-12.</summary>
public class CutpointTests
{
    [Fact]
    public void ScanAndEstimateMatchMaxstat()
    {
        var cohort = new OutcomesCohort();
        var result = MaximallySelectedCutpoint.Find(cohort.Time, cohort.Status, cohort.Numbers("score"));
        var scan = Golden.Csv(Golden.GoldenPath("cutpoint_scan.csv"));
        var cuts = scan.Numbers("cut");
        var low = scan.Numbers("n_low");
        var statistic = scan.Numbers("statistic");
        Assert.Equal(cuts.Length, result.Scan.Count);
        for (var k = 0; k < cuts.Length; k++)
        {
            Assert.Equal(cuts[k], result.Scan[k].Cut);
            Assert.Equal(low[k], result.Scan[k].CountLow);
            Assert.Equal(statistic[k], result.Scan[k].Statistic, 1e-12);
        }

        var golden = Golden.Json("cutpoint.json");
        Assert.Equal(Golden.Number(golden.GetProperty("cutpoint")), result.Cutpoint);
        Assert.Equal(Golden.Number(golden.GetProperty("statistic")), result.Statistic, 1e-12);
    }

    [Fact]
    public void GroupsAtTheCutMatchLogRankAndCox()
    {
        var cohort = new OutcomesCohort();
        var score = cohort.Numbers("score");
        var cut = MaximallySelectedCutpoint.Find(cohort.Time, cohort.Status, score).Cutpoint;
        var golden = Golden.Json("cutpoint.json");
        var groups = score.Select(s => s <= cut ? "low" : "high").ToArray();
        Assert.Equal(golden.GetProperty("groups").GetProperty("low").GetInt32(), groups.Count(g => g == "low"));

        LogRankTests.AssertMatches(golden.GetProperty("logrank_at_cutpoint"), LogRankTest<string>.Compute(cohort.Time, cohort.Status, groups));

        var high = new Covariate("I(score_group == \"high\")TRUE", groups.Select(g => g == "high" ? 1.0 : 0.0).ToArray());
        CoxGolden.AssertMatches(golden.GetProperty("cox_high_vs_low"), CoxModel.Fit(cohort.Time, cohort.Status, [high]), 1e-6);
    }

    [Fact]
    public void DegenerateInputIsRejected()
    {
        double[] time = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        int[] events = [1, 0, 1, 1, 0, 1, 1, 0, 1, 1];
        Assert.Throws<StatisticsInputException>(() => MaximallySelectedCutpoint.Find(time, events, Enumerable.Repeat(2.0, 10).ToArray()));
        Assert.Throws<StatisticsInputException>(() => MaximallySelectedCutpoint.Find(time, new int[10], time));
    }
}
