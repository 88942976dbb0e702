using ScottPlot;
using PlotStyle = SlicerBridge.Reporting.Plots.PlotStyle;

namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>
/// The radscore's drivers as signed horizontal bars, coefficient · z, in the order given from the top:
/// vermillion pushes towards proliferative HCC, blue away from it. Each bar carries its value.
/// </summary>
internal static class DriversChart
{
    private const float LabelCharWidth = 7.6f;

    public static byte[] Render(IReadOnlyList<RiskDriver> drivers, int width, int height)
    {
        var plot = PlotStyle.NewPlot();
        var ordered = drivers.ToArray();
        var reach = Math.Max(1e-6, ordered.Max(d => Math.Abs(d.Contribution)));
        var positions = new double[ordered.Length];
        for (var k = 0; k < ordered.Length; k++)
        {
            positions[k] = ordered.Length - k;
            var d = ordered[k];
            var color = d.Contribution > 0 ? PlotStyle.Palette[1] : PlotStyle.Palette[0];
            var bar = plot.Add.Bar(new Bar { Position = positions[k], Value = d.Contribution, ValueBase = 0, FillColor = color, LineWidth = 0, Size = 0.7 });
            bar.Horizontal = true;
            var label = plot.Add.Text($"{Signed(d.Contribution)}  (z {Signed(d.Z)})", d.Contribution + (d.Contribution >= 0 ? 0.02 : -0.02) * reach, positions[k]);
            label.LabelFontSize = 12;
            label.LabelFontName = PlotStyle.FontFamily;
            label.LabelFontColor = PlotStyle.Ink;
            label.LabelAlignment = d.Contribution >= 0 ? Alignment.MiddleLeft : Alignment.MiddleRight;
        }

        plot.Add.VerticalLine(0, 1.5f, PlotStyle.Ink);
        // Room on both sides for the value labels, whichever way the bars point.
        plot.Axes.SetLimits(-1.55 * reach, 1.55 * reach, 0.4, ordered.Length + 0.6);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, ordered.Select(d => d.Name).ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = 12;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.XLabel("Contribution to the radscore (coefficient × z)   ◀ lower risk · higher risk ▶");
        plot.Axes.Bottom.Label.FontSize = 13;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        var padLeft = Math.Min(width / 2f, 16 + LabelCharWidth * ordered.Max(d => d.Name.Length));
        plot.Layout.Fixed(new PixelPadding(padLeft, 20, 45, 8));
        return PlotStyle.Png(plot, width, height);
    }

    private static string Signed(double v) => (v >= 0 ? "+" : "−") + Math.Abs(v).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
