using System.Text.Json;
using SlicerBridge.Statistics.Nomogram;
using SlicerBridge.Statistics.Regression;
using SlicerBridge.Statistics.Tests.Regression;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Nomogram;

public class LogisticNomogramTests
{
    private const double Tolerance = 1e-11;

    private static readonly JsonElement Golden_ = Golden.Json("nomogram.json");

    [Fact]
    public void Axes_points_and_scale_match_rms()
    {
        var nomogram = Build();
        Assert.Equal(Number("scale_factor_sc"), nomogram.ScaleFactor, Tolerance);
        var ppu = Golden_.GetProperty("points_per_unit");
        foreach (var axis in nomogram.Axes)
        {
            var expected = Golden_.GetProperty("axis").GetProperty(axis.Name);
            AssertAll(Golden.Numbers(expected.GetProperty("x")), axis.Values);
            AssertAll(Golden.Numbers(expected.GetProperty("xbeta")), axis.Xbeta);
            AssertAll(Golden.Numbers(expected.GetProperty("points")), axis.Points);
            AssertAll(Golden.Numbers(Golden_.GetProperty("xbeta_range_R").GetProperty(axis.Name)), [axis.Xbeta.Min(), axis.Xbeta.Max()]);
            Assert.Equal(Golden.Number(ppu.GetProperty(axis.Name)), axis.PointsPerUnit, Tolerance);
        }
    }

    [Fact]
    public void Total_points_lp_and_risk_scales_match_rms()
    {
        var nomogram = Build();
        AssertAll(Golden.Numbers(Golden_.GetProperty("total_points_axis")), nomogram.TotalPointsAxis);
        var lp = Golden_.GetProperty("linear_predictor_axis");
        AssertAll(Golden.Numbers(lp.GetProperty("lp")), nomogram.LinearPredictorScale.Values);
        AssertAll(Golden.Numbers(lp.GetProperty("points")), nomogram.LinearPredictorScale.Points);
        var risk = Golden_.GetProperty("risk_axis");
        AssertAll(Golden.Numbers(risk.GetProperty("probability")), nomogram.RiskScale.Values);
        AssertAll(Golden.Numbers(risk.GetProperty("points")), nomogram.RiskScale.Points);
    }

    [Fact]
    public void Total_points_convert_to_lp_and_probability_as_rms()
    {
        var nomogram = Build();
        var conversion = Golden_.GetProperty("total_points_to_probability");
        Assert.Equal(Golden.Number(conversion.GetProperty("lp_at_zero_points")), nomogram.LinearPredictorAtZeroPoints, Tolerance);
        var points = Golden.Numbers(conversion.GetProperty("total_points"));
        AssertAll(Golden.Numbers(conversion.GetProperty("lp")), points.Select(nomogram.LinearPredictor).ToArray());
        AssertAll(Golden.Numbers(conversion.GetProperty("probability")), points.Select(nomogram.Probability).ToArray());
        foreach (var t in points)
        {
            Assert.Equal(t, nomogram.TotalPointsFor(nomogram.Probability(t)), 1e-9);
        }
    }

    [Fact]
    public void Example_patients_score_as_in_rms()
    {
        var nomogram = Build();
        var examples = Golden_.GetProperty("example_patients");
        var radscore = Golden.Numbers(examples.GetProperty("radscore"));
        var afp = Golden.Numbers(examples.GetProperty("afp_high"));
        var total = Golden.Numbers(examples.GetProperty("total_points"));
        var probability = Golden.Numbers(examples.GetProperty("probability_lrm"));
        for (var i = 0; i < radscore.Length; i++)
        {
            var points = nomogram.TotalPoints([radscore[i], afp[i]]);
            Assert.Equal(total[i], points, Tolerance);
            Assert.Equal(probability[i], nomogram.Probability(points), 1e-12);
        }
    }

    /// <summary>Our own glm feeding the nomogram: glm and lrm estimates agree to ~1e-7, so rms's figures hold to 1e-6.</summary>
    [Fact]
    public void Nomogram_from_our_glm_fit_agrees_with_rms()
    {
        var train = RadscorePredictions.Train;
        var x = train.Columns(train.Radscore, train.AfpHigh);
        var fit = LogisticRegression.Fit(x, train.Outcome, ["radscore", "afp_high"]);
        var nomogram = LogisticNomogram.FromFit(fit, x, Golden.Numbers(Golden_.GetProperty("risk_axis").GetProperty("probability")));

        Assert.Equal(1, nomogram.ScaleFactor / Number("scale_factor_sc"), 1e-6);
        var examples = Golden_.GetProperty("example_patients");
        var radscore = Golden.Numbers(examples.GetProperty("radscore"));
        var afp = Golden.Numbers(examples.GetProperty("afp_high"));
        var probability = Golden.Numbers(examples.GetProperty("probability_lrm"));
        for (var i = 0; i < radscore.Length; i++)
        {
            Assert.Equal(probability[i], nomogram.Probability(nomogram.TotalPoints([radscore[i], afp[i]])), 1e-6);
        }

        Assert.Equal(Golden.Numbers(Golden_.GetProperty("linear_predictor_axis").GetProperty("lp")), nomogram.LinearPredictorScale.Values);
    }

    [Fact]
    public void A_model_with_nothing_to_draw_is_an_error()
    {
        Assert.Throws<StatisticsInputException>(() => LogisticNomogram.Build(
            0, [new NomogramPredictor("flat", 0, [1, 2, 3])], [0, 1], [0.5]));
    }

    /// <summary>The golden lrm coefficients with the golden training radscores (the stage before, per the README).</summary>
    private static LogisticNomogram Build()
    {
        var b = Golden_.GetProperty("lrm_coefficients");
        double b0 = Golden.Number(b.GetProperty("Intercept")), b1 = Golden.Number(b.GetProperty("radscore")), b2 = Golden.Number(b.GetProperty("afp_high"));
        var train = RadscorePredictions.Train;
        var lp = train.Radscore.Select((r, i) => b0 + b1 * r + b2 * train.AfpHigh[i]).ToArray();
        return LogisticNomogram.Build(
            b0,
            [new NomogramPredictor("radscore", b1, train.Radscore), new NomogramPredictor("afp_high", b2, train.AfpHigh)],
            lp,
            Golden.Numbers(Golden_.GetProperty("risk_axis").GetProperty("probability")));
    }

    private static double Number(string name) => Golden.Number(Golden_.GetProperty(name));

    private static void AssertAll(IReadOnlyList<double> expected, IReadOnlyList<double> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= Tolerance * Math.Max(1, Math.Abs(expected[i])), $"[{i}] expected {expected[i]:R}, got {actual[i]:R}");
        }
    }
}
