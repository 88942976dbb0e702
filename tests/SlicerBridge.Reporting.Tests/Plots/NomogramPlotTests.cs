using System.Globalization;
using System.Text.Json;
using SlicerBridge.Reporting.Plots;
using SlicerBridge.Testing;

namespace SlicerBridge.Reporting.Tests.Plots;

public sealed class NomogramPlotTests
{
    /// <summary>The axes rms::nomogram drew for the study's model (golden nomogram.json).</summary>
    private static NomogramScale Scale()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("r", "golden", "nomogram.json")));
        var root = doc.RootElement;
        NomogramTick[] Ticks(JsonElement labels, JsonElement points) =>
            labels.EnumerateArray().Zip(points.EnumerateArray())
                .Select(p => new NomogramTick(p.First.GetDouble().ToString(CultureInfo.InvariantCulture), p.Second.GetDouble())).ToArray();
        var axis = root.GetProperty("axis");
        var risk = root.GetProperty("risk_axis");
        return new NomogramScale(
            [
                new NomogramAxis("Radscore", Ticks(axis.GetProperty("radscore").GetProperty("x"), axis.GetProperty("radscore").GetProperty("points"))),
                new NomogramAxis("AFP > 200 ng/mL", Ticks(axis.GetProperty("afp_high").GetProperty("x"), axis.GetProperty("afp_high").GetProperty("points"))),
            ],
            new NomogramAxis("Risk", Ticks(risk.GetProperty("probability"), risk.GetProperty("points"))));
    }

    [Fact]
    public void Renders_every_axis()
    {
        var png = new Png(NomogramPlot.Render(Scale(), 1000));
        Assert.Equal(1000, png.Width);
        Assert.Equal(100 + 70 * 5, png.Height);
        Assert.True(png.Near("#0072B2", tolerance: 40) > 300, "predictor axes");
        Assert.True(png.Near("#D55E00", tolerance: 40) > 100, "risk axis");

        // Five rows, each with ink in its band of the image.
        var band = (png.Height - 30) / 5;
        for (var row = 0; row < 5; row++)
        {
            Assert.True(png.Ink(15 + row * band, 15 + (row + 1) * band) > 200, $"row {row} is drawn");
        }
    }

    [Fact]
    public void Same_input_gives_the_same_bytes() => Assert.Equal(NomogramPlot.Render(Scale()), NomogramPlot.Render(Scale()));

    [Theory]
    [InlineData(100, new double[] { 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 })]
    [InlineData(106.18, new double[] { 0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110 })]
    [InlineData(37, new double[] { 0, 5, 10, 15, 20, 25, 30, 35, 40 })]
    public void Total_points_ticks_are_round(double max, double[] expected) => Assert.Equal(expected, NomogramPlot.RoundTicks(max));

    [Fact]
    public void A_scale_without_ticks_is_refused() =>
        Assert.Throws<ArgumentException>(() => NomogramPlot.Render(new NomogramScale([new NomogramAxis("x", [])], new NomogramAxis("Risk", [new("0.5", 10)]))));
}
