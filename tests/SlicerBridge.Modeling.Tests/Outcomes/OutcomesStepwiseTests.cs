using SlicerBridge.Modeling.Outcomes;
using SlicerBridge.Modeling.Tables;
using static SlicerBridge.Modeling.Tests.Outcomes.RGolden;

namespace SlicerBridge.Modeling.Tests.Outcomes;

public sealed class OutcomesStepwiseTests
{
    [Fact]
    public void Stepwise_selection_may_keep_no_term()
    {
        // Sex has no effect on PFS in the cohort (multivariable p = 0.89): step() drops its only term.
        var result = OutcomesAnalysis.Run(CsvTable.Load(Cohort), new OutcomesOptions("pfs_months", "pfs_event", "sex_male", Cutoff: 0.5, Stepwise: true));
        var step = result.Cox.Stepwise!;
        Assert.Empty(step.Selected);
        Assert.Empty(step.Final);
        Assert.Equal(["", "- sex_male_high"], step.Path.Select(p => p.Change));
        Assert.Null(step.FinalModel.LrChisq);
        Assert.Null(step.FinalModel.Concordance);

        // The empty model's AIC is -2 log L(0), the null log-likelihood of every fit.
        Close(-2 * Json("cox.json").GetProperty("multivariable").GetProperty("loglik_null").GetDouble(), step.FinalModel.Aic, 1e-10, "null AIC");
        Assert.Contains("\"selected\": []", OutcomesJson.ToJson(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Risk_times_are_sorted_and_deduplicated()
    {
        var result = OutcomesAnalysis.Run(CsvTable.Load(Cohort), new OutcomesOptions("pfs_months", "pfs_event", "score", Cutoff: 0, RiskTimes: [24, 6, 12, 6]));
        Assert.Equal([6.0, 12, 24], result.RiskTimes);
        Assert.Equal([6.0, 12, 24], result.Overall.AtTimes.Select(a => a.Time));
    }

    [Fact]
    public void Negative_risk_time_is_refused()
    {
        var e = Assert.Throws<SlicerBridge.Imaging.InvalidInputException>(() =>
            OutcomesAnalysis.Run(CsvTable.Load(Cohort), new OutcomesOptions("pfs_months", "pfs_event", "score", Cutoff: 0, RiskTimes: [-6, 12])));
        Assert.Equal("risk-table times must be finite and non-negative", e.Message);
    }
}
