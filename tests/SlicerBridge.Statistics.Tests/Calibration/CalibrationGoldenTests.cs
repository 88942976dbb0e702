using System.Text.Json;
using SlicerBridge.Statistics.Calibration;
using SlicerBridge.Statistics.Tests.Discrimination;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Calibration;

/// <summary>
/// calibration.json (the script's hoslem.test re-implementation, glm calibration fits, rms 6.5 val.prob).
/// Closed forms (HL, Brier, C, Spiegelhalter, lowess errors) at 1e-10; quantities R obtains by
/// iterating glm/lrm.fit to a deviance tolerance (calibration slope, intercepts, U) at 1e-6, since R
/// stops those iterations ~1e-8 short of the exact MLE we converge to.
/// </summary>
public class CalibrationGoldenTests
{
    private const double Exact = 1e-10;
    private const double Iterative = 1e-6;

    public static TheoryData<string, string> Models() => new()
    {
        { "train", "radscore_model" }, { "train", "combined_model" },
        { "validation", "radscore_model" }, { "validation", "combined_model" },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void HosmerLemeshowMatchesGroupTable(string set, string model)
    {
        var golden = Model(set, model).GetProperty("hosmer_lemeshow");
        var data = RadscorePredictions.Load(set);
        var hl = HosmerLemeshowTest.Compute(data.Outcome, data.Predictor(model));

        Assert.Equal(golden.GetProperty("df").GetInt32(), hl.DegreesOfFreedom);
        Assert.Equal(Golden.Number(golden.GetProperty("chisq")), hl.Statistic, Exact);
        Assert.Equal(Golden.Number(golden.GetProperty("p_value")), hl.PValue, Exact);
        var groups = golden.GetProperty("groups").EnumerateArray().ToArray();
        Assert.Equal(groups.Length, hl.Table.Count);
        for (var g = 0; g < groups.Length; g++)
        {
            var row = hl.Table[g];
            Assert.Equal(groups[g].GetProperty("n").GetInt32(), row.Count);
            Assert.Equal(groups[g].GetProperty("obs_0").GetInt32(), row.Observed0);
            Assert.Equal(groups[g].GetProperty("obs_1").GetInt32(), row.Observed1);
            Assert.Equal(Golden.Number(groups[g].GetProperty("exp_0")), row.Expected0, Exact);
            Assert.Equal(Golden.Number(groups[g].GetProperty("exp_1")), row.Expected1, Exact);
            Assert.Equal(Golden.Number(groups[g].GetProperty("lower_break")), row.LowerBreak, 1e-14);
            Assert.Equal(Golden.Number(groups[g].GetProperty("upper_break")), row.UpperBreak, 1e-14);
        }
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void CalibrationSlopeInterceptAndBrierMatchGlm(string set, string model)
    {
        var golden = Model(set, model).GetProperty("calibration");
        var data = RadscorePredictions.Load(set);
        var summary = CalibrationSummary.Compute(data.Outcome, data.Predictor(model));

        Assert.Equal(Golden.Number(golden.GetProperty("calibration_slope")), summary.Slope, Iterative);
        Assert.Equal(Golden.Number(golden.GetProperty("intercept_with_slope")), summary.InterceptWithSlope, Iterative);
        Assert.Equal(Golden.Number(golden.GetProperty("calibration_in_the_large")), summary.CalibrationInTheLarge, Iterative);
        Assert.Equal(Golden.Number(golden.GetProperty("brier")), summary.Brier, Exact);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void ValProbStatisticsMatchRms(string set, string model)
    {
        var golden = Model(set, model).GetProperty("calibration").GetProperty("rms_val_prob");
        var data = RadscorePredictions.Load(set);
        var v = ProbabilityValidation.Compute(data.Outcome, data.Predictor(model));
        double G(string name) => Golden.Number(golden.GetProperty(name));

        Assert.Equal(G("C (ROC)"), v.C, Exact);
        Assert.Equal(G("Dxy"), v.Dxy, Exact);
        Assert.Equal(G("R2"), v.R2, Exact);
        Assert.Equal(G("D"), v.D, Exact);
        Assert.Equal(G("D:Chi-sq"), v.DChiSquare, 1e-9);
        Assert.Equal(G("U"), v.U, Iterative);
        Assert.Equal(G("U:Chi-sq"), v.UChiSquare, Iterative);
        Assert.Equal(G("U:p"), v.UPValue, Iterative);
        Assert.Equal(G("Q"), v.Q, Iterative);
        Assert.Equal(G("Brier"), v.Brier, Exact);
        Assert.Equal(G("Intercept"), v.Intercept, Iterative);
        Assert.Equal(G("Slope"), v.Slope, Iterative);
        Assert.Equal(G("Emax"), v.Emax, Exact);
        Assert.Equal(G("E90"), v.E90, Exact);
        Assert.Equal(G("Eavg"), v.Eavg, Exact);
        Assert.Equal(G("S:z"), v.SpiegelhalterZ, Exact);
        Assert.Equal(G("S:p"), v.SpiegelhalterP, Exact);
        Assert.Equal(data.Outcome.Length, v.Curve.Predicted.Count);
    }

    [Theory]
    [InlineData("train")]
    [InlineData("validation")]
    public void NetBenefitMatchesDcaTable(string set)
    {
        var table = Golden.Csv(Golden.GoldenPath($"dca_{set}.csv"));
        var data = RadscorePredictions.Load(set);
        var radscore = DecisionCurve.Compute(data.Outcome, data.RadscoreModel);
        var combined = DecisionCurve.Compute(data.Outcome, data.CombinedModel);
        var thresholds = table.Numbers("threshold");
        var all = table.Numbers("net_benefit_treat_all");
        var none = table.Numbers("net_benefit_treat_none");
        var nbRadscore = table.Numbers("net_benefit_radscore_model");
        var nbCombined = table.Numbers("net_benefit_combined_model");
        Assert.Equal(99, radscore.Count);
        for (var k = 0; k < thresholds.Length; k++)
        {
            Assert.Equal(thresholds[k], radscore[k].Threshold, 1e-15);
            Assert.Equal(all[k], radscore[k].TreatAll, Exact);
            Assert.Equal(none[k], radscore[k].TreatNone);
            Assert.Equal(nbRadscore[k], radscore[k].Model, Exact);
            Assert.Equal(nbCombined[k], combined[k].Model, Exact);
        }
    }

    [Fact]
    public void DegenerateInputIsRejected()
    {
        Assert.Throws<StatisticsInputException>(() => CalibrationSummary.Compute([1, 1, 1], [0.2, 0.5, 0.7]));
        Assert.Throws<StatisticsInputException>(() => CalibrationSummary.Compute([0, 1, 1], [0.0, 0.5, 0.7]));
        Assert.Throws<StatisticsInputException>(() => HosmerLemeshowTest.Compute([0, 1, 0, 1], [0.5, 0.5, 0.5, 0.5]));
        Assert.Throws<StatisticsInputException>(() => DecisionCurve.Compute([0, 1], [0.2, 1.5]));
        // Perfectly separated predictions: the recalibration slope has no finite MLE.
        Assert.Throws<StatisticsInputException>(() => CalibrationSummary.Compute([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]));
    }

    private static JsonElement Model(string set, string model) =>
        Golden.Json("calibration.json").GetProperty(set).GetProperty(model);
}
