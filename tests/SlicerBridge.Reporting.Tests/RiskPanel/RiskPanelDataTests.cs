using System.Globalization;
using System.Text.Json;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Outcomes;
using SlicerBridge.Reporting.RiskPanel;

namespace SlicerBridge.Reporting.Tests.RiskPanel;

public sealed class RiskPanelDataTests
{
    private static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    private static double Plogis(double x) => 1 / (1 + Math.Exp(-x));

    [Fact]
    public void The_nomogram_is_the_one_rms_draws_with_the_patient_where_rms_puts_them()
    {
        // Golden: rms::nomogram of lrm(proliferative ~ radscore + afp_high) and its example patient P002.
        var golden = RiskPanelSamples.NomogramGolden;
        var data = RiskPanelSamples.Panel();
        var scale = data.NomogramScale;

        var radscore = scale.Predictors[0];
        var axis = golden.GetProperty("axis").GetProperty("radscore");
        Assert.Equal(Doubles(axis.GetProperty("x")), radscore.Ticks.Select(t => double.Parse(t.Label, CultureInfo.InvariantCulture)));
        Assert.Equal(Doubles(axis.GetProperty("points")), radscore.Ticks.Select(t => t.Points), (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(["no", "yes"], scale.Predictors[1].Ticks.Select(t => t.Label));
        Assert.Equal(Doubles(golden.GetProperty("axis").GetProperty("afp_high").GetProperty("points")), scale.Predictors[1].Ticks.Select(t => t.Points), (a, b) => Math.Abs(a - b) < 1e-9);
        Assert.Equal(Doubles(golden.GetProperty("total_points_axis")), scale.TotalPointsTicks!);
        // rms places risk ticks by interpolating plogis on a 1000-point grid over the linear-predictor ticks. The package
        // keeps no training fits, so the panel's grid spans what the axes reach (-7..6, rms: -6..6): the ticks move by
        // under 1e-4 of 100 points, a millionth of the axis.
        Assert.Equal(Doubles(golden.GetProperty("risk_axis").GetProperty("probability")), scale.Outcome.Ticks.Select(t => double.Parse(t.Label, CultureInfo.InvariantCulture)));
        Assert.Equal(Doubles(golden.GetProperty("risk_axis").GetProperty("points")), scale.Outcome.Ticks.Select(t => t.Points), (a, b) => Math.Abs(a - b) < 1e-4);

        var example = golden.GetProperty("example_patients");
        Assert.Equal(example.GetProperty("total_points")[1].GetDouble(), scale.Patient!.TotalPoints, 9);
        Assert.Equal(example.GetProperty("probability_lrm")[1].GetDouble(), data.Probability.Probability, 8);
    }

    [Fact]
    public void Linear_predictor_risk_groups_and_interval_follow_the_package()
    {
        var data = RiskPanelSamples.Panel();
        var r = RiskPanelSamples.ExampleRadscore;
        var lp = RiskPanelSamples.Coefficient("Intercept") + RiskPanelSamples.Coefficient("radscore") * r + RiskPanelSamples.Coefficient("afp_high");
        Assert.Equal(lp, data.Nomogram.Value, 12);
        Assert.Equal(-0.883, data.Nomogram.Cutoff);
        Assert.True(data.Nomogram.IsHigh);
        Assert.Equal(r, data.Radscore.Value);
        Assert.Equal(0.015, data.Radscore.Cutoff);
        Assert.Equal("High", data.Radscore.Group);

        // Wald interval on the logit scale with SE(lp) = 0.35 and z = qnorm(0.975).
        Assert.Equal(Plogis(lp), data.Probability.Probability, 14);
        Assert.Equal(Plogis(lp - 1.959963984540054 * 0.35), data.Probability.Low!.Value, 14);
        Assert.Equal(Plogis(lp + 1.959963984540054 * 0.35), data.Probability.High!.Value, 14);
    }

    [Fact]
    public void Afp_at_the_threshold_is_not_above_it()
    {
        var at = RiskPanelData.From(RiskPanelSamples.Package(), 0.1, new Dictionary<string, double> { ["afp_ng_ml"] = 200 }, []);
        var above = RiskPanelData.From(RiskPanelSamples.Package(), 0.1, new Dictionary<string, double> { ["afp_ng_ml"] = 200.5 }, []);
        Assert.Equal(RiskPanelSamples.Coefficient("afp_high"), above.Nomogram.Value - at.Nomogram.Value, 12);
        Assert.Equal(0, at.NomogramScale.Patient!.Points[1]);
    }

    [Fact]
    public void A_given_interval_is_shown_as_given()
    {
        var data = RiskPanelData.From(
            RiskPanelSamples.Package(), RiskPanelSamples.ExampleRadscore, new Dictionary<string, double> { ["afp_ng_ml"] = 350 }, [], null,
            new RiskPanelOptions(Interval: (0.7, 0.9), IntervalMethod: "bootstrap, 2000 resamples"));
        Assert.Equal(0.7, data.Probability.Low);
        Assert.Equal(0.9, data.Probability.High);
        Assert.Contains("95% interval 70% – 90% (bootstrap, 2000 resamples)", RiskPanelRenderer.RenderHtml(data), StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_error_is_the_quadratic_form_of_the_covariance()
    {
        // x = (1, 2), V = [[0.04, 0.01], [0.01, 0.09]]: x'Vx = 0.04 + 2·2·0.01 + 4·0.09 = 0.44.
        Assert.Equal(Math.Sqrt(0.44), ProbabilityEstimate.StandardError([1, 2], new[,] { { 0.04, 0.01 }, { 0.01, 0.09 } }), 15);
        Assert.Throws<InvalidInputException>(() => ProbabilityEstimate.StandardError([1, 2], new[,] { { 0.04 } }));
        // Not positive semi-definite: x'Vx = 0.01 - 2·0.5 + 0.01 < 0.
        Assert.Throws<InvalidInputException>(() => ProbabilityEstimate.StandardError([1, 1], new[,] { { 0.01, -0.5 }, { -0.5, 0.01 } }));
    }

    [Theory]
    [InlineData(1.2, null, null)]
    [InlineData(0.5, 0.6, 0.9)]
    [InlineData(0.5, 0.2, null)]
    [InlineData(double.NaN, null, null)]
    public void An_impossible_probability_or_interval_is_refused(double p, double? low, double? high) =>
        Assert.Throws<InvalidInputException>(() => new ProbabilityEstimate(p, low, high));

    [Fact]
    public void Missing_clinical_values_are_named()
    {
        var e = Assert.Throws<InvalidInputException>(() => RiskPanelData.From(RiskPanelSamples.Package(), 0.1, new Dictionary<string, double>(), []));
        Assert.Contains("afp_ng_ml", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_model_card_comes_from_the_package()
    {
        var card = ModelCard.From(RiskPanelSamples.Package());
        Assert.Equal("hcc-proliferative-demo", card.Id);
        Assert.Equal("1.2.0", card.Version);
        Assert.Equal("2026-11-01T09:00:00Z", card.Created);
        Assert.Equal("SlicerBridge 0.9.0", card.Software);
        Assert.Equal((120, 60, 45), (card.NTrain, card.NValidation, card.NPositiveTrain));
        Assert.True(card.Demonstration);
        Assert.Equal(
            ["radscore/train 0.81", "nomogram/train 0.85", "radscore/validation 0.78", "nomogram/validation 0.83"],
            card.Aucs.Select(a => $"{a.Model}/{a.Set} {a.Auc.ToString(CultureInfo.InvariantCulture)}"));
        Assert.Equal((0.66, 0.90, 60), (card.Aucs[2].Low, card.Aucs[2].High, card.Aucs[2].N));
        Assert.False(ModelCard.From(RiskPanelSamples.Package(demonstration: false)).Demonstration);
    }

    [Fact]
    public void Without_training_radscores_the_axis_spans_what_the_feature_ranges_allow()
    {
        // Every feature has mean 10, SD 2 and range 2..18, so z spans ±4 and the radscore -0.12 ± 4·Σ|coefficient|.
        var reach = 4 * RiskPanelSamples.Features.Sum(f => Math.Abs(f.Coefficient));
        var data = RiskPanelData.From(RiskPanelSamples.Package(), 0.1, new Dictionary<string, double> { ["afp_ng_ml"] = 350 }, []);
        var ticks = data.NomogramScale.Predictors[0].Ticks.Select(t => double.Parse(t.Label, CultureInfo.InvariantCulture)).ToArray();
        Assert.True(ticks[0] <= -0.12 - reach && ticks[^1] >= -0.12 + reach, $"axis {ticks[0]}..{ticks[^1]}");
        Assert.Null(data.TrainingRadscores);
    }

    [Fact]
    public void A_patient_beyond_the_training_radscores_widens_the_axis()
    {
        var data = RiskPanelData.From(
            RiskPanelSamples.Package(), 3.4, new Dictionary<string, double> { ["afp_ng_ml"] = 350 }, [], null,
            new RiskPanelOptions(TrainingRadscores: RiskPanelSamples.TrainingRadscores));
        var ticks = data.NomogramScale.Predictors[0].Ticks;
        Assert.True(double.Parse(ticks[^1].Label, CultureInfo.InvariantCulture) >= 3.4);
        Assert.InRange(data.NomogramScale.Patient!.Points[0], 0, ticks.Max(t => t.Points));
    }

    [Theory]
    [InlineData(0.2, OutcomesAnalysis.High)]
    [InlineData(0.015, OutcomesAnalysis.Low)]
    [InlineData(-1.0, OutcomesAnalysis.Low)]
    public void The_patient_falls_in_the_outcome_cohort_group_of_its_radscore(double radscore, string group)
    {
        var data = RiskPanelData.From(
            RiskPanelSamples.Package(), radscore, new Dictionary<string, double> { ["afp_ng_ml"] = 350 }, [], RiskPanelSamples.Outcomes);
        Assert.Equal(group, data.Survival!.PatientGroup);
    }

    [Fact]
    public void Curves_read_back_without_their_estimate_give_the_same_estimate()
    {
        foreach (var group in RiskPanelSamples.Outcomes.Groups)
        {
            var rebuilt = PanelFigures.EstimateOf(group with { Estimate = null });
            Assert.Equal(group.Estimate!.Steps.Count, rebuilt.Steps.Count);
            foreach (var (original, again) in group.Estimate.Steps.Zip(rebuilt.Steps))
            {
                Assert.Equal(original.Time, again.Time);
                Assert.Equal((original.AtRisk, original.Events, original.Censored), (again.AtRisk, again.Events, again.Censored));
                Assert.Equal(original.Survival, again.Survival, 15);
                Assert.Equal(original.Lower ?? -1, again.Lower ?? -1, 15);
            }
        }
    }

    public static TheoryData<string> Broken => new() { "no patient", "NaN driver", "one training radscore", "unknown group" };

    [Theory]
    [MemberData(nameof(Broken))]
    public void Data_the_panel_cannot_show_truthfully_is_refused(string broken)
    {
        var data = RiskPanelSamples.Panel();
        var bad = broken switch
        {
            "no patient" => data with { NomogramScale = data.NomogramScale with { Patient = null } },
            "NaN driver" => data with { Drivers = [new RiskDriver("x", double.NaN, 0.1)] },
            "one training radscore" => data with { TrainingRadscores = [0.2] },
            _ => data with { Survival = data.Survival! with { PatientGroup = "medium" } },
        };
        Assert.Throws<InvalidInputException>(() => RiskPanelRenderer.RenderHtml(bad));
        Assert.Throws<InvalidInputException>(() => RiskPanelRenderer.RenderPng(bad));
    }

    [Fact]
    public void Training_radscores_that_are_not_numbers_are_refused() =>
        Assert.Throws<InvalidInputException>(() => RiskPanelData.From(
            RiskPanelSamples.Package(), 0.1, new Dictionary<string, double> { ["afp_ng_ml"] = 350 }, [], null,
            new RiskPanelOptions(TrainingRadscores: [0.1, double.NaN, 0.3])));
}
