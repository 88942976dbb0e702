using SlicerBridge.Imaging;
using SlicerBridge.Reporting.Plots;
using SlicerBridge.Statistics.Discrimination;

namespace SlicerBridge.Reporting.Tests.Plots;

public sealed class RocPlotTests
{
    private static RocSeries[] Series() =>
    [
        new("Radscore", RocCurve.Create(PlotData.Outcome, PlotData.Radscore)),
        new("Nomogram", RocCurve.Create(PlotData.Outcome, PlotData.Nomogram)),
    ];

    [Fact]
    public void Renders_a_png_of_the_requested_size_with_both_curves()
    {
        var png = new Png(RocPlot.Render(Series(), 640, 600));
        Assert.Equal((640, 600), (png.Width, png.Height));
        Assert.True(png.Ink() > 5000, "axes, text and curves are drawn");
        Assert.True(png.Near("#0072B2", tolerance: 10) > 300, "first curve in blue");
        Assert.True(png.Near("#D55E00", tolerance: 10) > 300, "second curve in vermillion");
    }

    [Fact]
    public void Legend_text_changes_the_image()
    {
        var a = RocPlot.Render(Series(), 600, 600);
        var b = RocPlot.Render([new RocSeries("Other name", Series()[0].Curve), Series()[1]], 600, 600);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void Same_input_gives_the_same_bytes() => Assert.Equal(RocPlot.Render(Series(), 500, 500), RocPlot.Render(Series(), 500, 500));

    [Fact]
    public void Size_out_of_range_is_bad_input()
    {
        var e = Assert.Throws<InvalidInputException>(() => RocPlot.Render(Series(), 50, 500));
        Assert.Equal("plot size 50 x 500 is outside 200..4000 pixels", e.Message);
    }
}
