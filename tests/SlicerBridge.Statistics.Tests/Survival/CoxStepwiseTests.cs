using SlicerBridge.Statistics.Survival;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Survival;

/// <summary>step(coxph, direction = "both") golden (cox_step.json) at 1e-6.</summary>
public class CoxStepwiseTests
{
    private const double Tol = 1e-6;

    [Fact]
    public void PathAndFinalModelMatchStep()
    {
        var cohort = new OutcomesCohort();
        string[] all = ["score", "high_six_twelve", "age", "sex_male", "tumour_size_cm", "afp_high"];
        var result = CoxStepwise.Select(cohort.Time, cohort.Status, all.Select(cohort.Covariate).ToArray());
        var golden = Golden.Json("cox_step.json");

        var rows = golden.GetProperty("path").EnumerateArray().ToArray();
        Assert.Equal(rows.Length, result.Path.Count);
        Assert.Equal(Golden.Number(golden.GetProperty("start_aic")), result.Path[0].Aic, Tol);
        for (var r = 0; r < rows.Length; r++)
        {
            var step = result.Path[r];
            Assert.Equal(rows[r].GetProperty("step").GetString(), step.Change);
            var df = Golden.Number(rows[r].GetProperty("df"));
            var deviance = Golden.Number(rows[r].GetProperty("deviance"));
            if (double.IsNaN(df))
            {
                Assert.Null(step.DfChange);
                Assert.Null(step.DevianceChange);
            }
            else
            {
                Assert.Equal(df, step.DfChange!.Value);
                Assert.Equal(deviance, step.DevianceChange!.Value, Tol);
            }

            Assert.Equal(rows[r].GetProperty("resid_df").GetInt32(), step.ResidualDf);
            Assert.Equal(Golden.Number(rows[r].GetProperty("resid_dev")), step.ResidualDeviance, Tol);
            Assert.Equal(Golden.Number(rows[r].GetProperty("aic")), step.Aic, Tol);
        }

        Assert.Equal(["score", "high_six_twelve", "age"], result.Selected);
        CoxGolden.AssertMatches(golden.GetProperty("final"), result.Final, Tol);
    }

    [Fact]
    public void DuplicateNamesAreRejected()
    {
        var cohort = new OutcomesCohort();
        Assert.Throws<StatisticsInputException>(() =>
            CoxStepwise.Select(cohort.Time, cohort.Status, [cohort.Covariate("age"), cohort.Covariate("age")]));
    }
}
