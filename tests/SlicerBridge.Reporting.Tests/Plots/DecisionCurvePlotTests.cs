using SlicerBridge.Reporting.Plots;
using SlicerBridge.Statistics.Calibration;

namespace SlicerBridge.Reporting.Tests.Plots;

public sealed class DecisionCurvePlotTests
{
    [Fact]
    public void Renders_models_treat_all_and_treat_none()
    {
        var series = new[]
        {
            new DecisionCurveSeries("Radscore", DecisionCurve.Compute(PlotData.Outcome, PlotData.Radscore)),
            new DecisionCurveSeries("Nomogram", DecisionCurve.Compute(PlotData.Outcome, PlotData.Nomogram)),
        };
        var png = new Png(DecisionCurvePlot.Render(series, 800, 600));
        Assert.Equal((800, 600), (png.Width, png.Height));
        Assert.True(png.Near("#0072B2", tolerance: 10) > 300, "first model");
        Assert.True(png.Near("#D55E00", tolerance: 10) > 300, "second model");
        Assert.True(png.Near("#888888", tolerance: 8) > 100, "treat-all");
    }

    [Fact]
    public void Curves_from_different_patients_are_refused()
    {
        var other = PlotData.Outcome.Select(y => 1 - y).ToArray();
        var series = new[]
        {
            new DecisionCurveSeries("A", DecisionCurve.Compute(PlotData.Outcome, PlotData.Radscore)),
            new DecisionCurveSeries("B", DecisionCurve.Compute(other, PlotData.Radscore)),
        };
        Assert.Throws<ArgumentException>(() => DecisionCurvePlot.Render(series));
    }
}
