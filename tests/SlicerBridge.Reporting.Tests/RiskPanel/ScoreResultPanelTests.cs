using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Reporting.RiskPanel;

namespace SlicerBridge.Reporting.Tests.RiskPanel;

public sealed class ScoreResultPanelTests
{
    [Fact]
    public void A_score_gives_the_panel_of_its_inputs_with_its_drivers_and_warnings()
    {
        var package = RiskPanelSamples.Package();
        var score = RiskPanelSamples.Score(package, RiskPanelSamples.ExampleRadscore, 350);
        var data = RiskPanelData.From(score, package, RiskPanelSamples.Outcomes);

        Assert.Equal(score.Nomogram.LinearPredictor, data.Nomogram.Value, 12);
        Assert.Equal(score.Nomogram.Probability, data.Probability.Probability, 12);
        Assert.Equal(score.Nomogram.RiskGroup == RiskGroup.High, data.Nomogram.IsHigh);
        Assert.Equal(score.Radscore.Value, data.Radscore.Value);
        Assert.Equal(score.Drivers.Select(d => (d.Name, d.Z, d.Contribution)), data.Drivers.Select(d => (d.Name, d.Z, d.Contribution)));
        Assert.Equal(["venous_wavelet-LHL_ngtdm_Busyness is above its training range"], data.Warnings);
        Assert.Equal("high", data.Survival!.PatientGroup);
        Assert.False(data.Probability.HasInterval);
        Assert.Contains("Warning: venous_wavelet-LHL_ngtdm_Busyness is above its training range", RiskPanelRenderer.RenderHtml(data), StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_from_another_model_is_refused()
    {
        var score = RiskPanelSamples.Score(RiskPanelSamples.Package(), 0.2, 350);
        var other = RiskPanelSamples.Package() with { Version = "2.0.0" };
        var e = Assert.Throws<InvalidInputException>(() => RiskPanelData.From(score, other, null));
        Assert.Contains("not with the package hcc-proliferative-demo 2.0.0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_score_whose_nomogram_disagrees_with_the_package_is_refused()
    {
        var package = RiskPanelSamples.Package();
        var score = RiskPanelSamples.Score(package, 0.2, 350);
        var tampered = score with { Nomogram = score.Nomogram with { LinearPredictor = score.Nomogram.LinearPredictor + 0.5 } };
        Assert.Throws<InvalidInputException>(() => RiskPanelData.From(tampered, package, null));
    }

    [Fact]
    public void A_score_that_says_demonstration_carries_the_banner_whatever_the_package_says()
    {
        var package = RiskPanelSamples.Package(demonstration: false);
        var score = RiskPanelSamples.Score(package, 0.2, 350);
        Assert.DoesNotContain(ModelCard.DemonstrationBanner, RiskPanelRenderer.RenderHtml(RiskPanelData.From(score, package, null)), StringComparison.Ordinal);
        var data = RiskPanelData.From(score with { Demonstration = true }, package, null);
        Assert.True(data.Model.Demonstration);
        Assert.Contains(ModelCard.DemonstrationBanner, RiskPanelRenderer.RenderHtml(data), StringComparison.Ordinal);
    }
}
