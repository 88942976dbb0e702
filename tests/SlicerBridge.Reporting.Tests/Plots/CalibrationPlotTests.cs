using SlicerBridge.Reporting.Plots;

namespace SlicerBridge.Reporting.Tests.Plots;

public sealed class CalibrationPlotTests
{
    [Fact]
    public void Renders_lowess_curve_risk_groups_and_ideal_line()
    {
        var series = new[] { new CalibrationSeries("Nomogram", PlotData.Outcome, PlotData.Nomogram) };
        var bytes = CalibrationPlot.Render(series, 700, 700);
        var png = new Png(bytes);
        Assert.Equal((700, 700), (png.Width, png.Height));
        Assert.True(png.Near("#0072B2", tolerance: 10) > 400, "lowess curve and group markers");
        Assert.True(png.Near("#888888", tolerance: 8) > 100, "ideal diagonal");
        Assert.Equal(bytes, CalibrationPlot.Render(series, 700, 700));
    }
}
