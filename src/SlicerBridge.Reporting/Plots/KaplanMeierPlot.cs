using ScottPlot;
using SkiaSharp;

namespace SlicerBridge.Reporting.Plots;

/// <summary>
/// Kaplan-Meier curves as survminer's <c>ggsurvplot(risk.table = TRUE)</c> draws them: step curves
/// with "+" at censoring times, optional 95% bands, and below the axes a numbers-at-risk table whose
/// columns sit under the x ticks. The curves and the table are two ScottPlot plots with the same
/// fixed left and right padding, rendered onto one canvas, so their time axes line up exactly.
/// </summary>
public static class KaplanMeierPlot
{
    private const float MinPadLeft = 90;

    /// <summary>Approximate advance of one risk-table label character in pixels (13 px DejaVu Sans), to fit group names.</summary>
    private const float LabelCharWidth = 8;
    private const float PadRight = 30;
    private const float TableRowHeight = 26;
    private const float TableHeader = 34;
    private const float TableFooter = 12;

    public static byte[] Render(IReadOnlyList<KaplanMeierSeries> series, KaplanMeierPlotOptions options, int width = 900, int height = 750)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        if (series.Count == 0)
        {
            throw new ArgumentException("at least one curve is needed", nameof(series));
        }

        if (options.RiskTimes.Count == 0 || options.RiskTimes.Any(t => !double.IsFinite(t) || t < 0))
        {
            throw new ArgumentException("risk-table times must be finite and non-negative", nameof(options));
        }

        PlotStyle.CheckSize(width, height);
        var layout = Layout(series.Count, width, height);
        var xMax = Math.Max(options.RiskTimes.Max(), series.Max(s => s.Estimate.Steps[^1].Time));
        var padLeft = Math.Min(width / 3f, Math.Max(MinPadLeft, 24 + LabelCharWidth * series.Max(s => s.Label.Length)));
        var curves = Curves(series, options, xMax, padLeft);
        var table = RiskTable(series, options, xMax, padLeft);

        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        Draw(curves, surface.Canvas, layout.Curves);
        Draw(table, surface.Canvas, layout.Table);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    /// <summary>Renders a plot on its own surface and copies it into place (ScottPlot clears the whole canvas it is given).</summary>
    private static void Draw(Plot plot, SKCanvas canvas, PixelRect rect)
    {
        using var part = SKSurface.Create(new SKImageInfo((int)rect.Width, (int)rect.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        plot.Render(part);
        using var image = part.Snapshot();
        canvas.DrawImage(image, rect.Left, rect.Top, SKSamplingOptions.Default);
    }

    /// <summary>Where the curves and the risk table go; the table's height grows with the number of groups.</summary>
    internal static (PixelRect Curves, PixelRect Table) Layout(int groups, int width, int height)
    {
        var tableHeight = TableHeader + groups * TableRowHeight + TableFooter;
        var split = height - tableHeight;
        return (new PixelRect(new Pixel(0, 0), new Pixel(width, split)), new PixelRect(new Pixel(0, split), new Pixel(width, height)));
    }

    private static Plot Curves(IReadOnlyList<KaplanMeierSeries> series, KaplanMeierPlotOptions options, double xMax, float padLeft)
    {
        var plot = PlotStyle.NewPlot();
        for (var k = 0; k < series.Count; k++)
        {
            var color = PlotStyle.SeriesColor(k);
            var steps = series[k].Estimate.Steps;
            var times = steps.Select(s => s.Time).Prepend(0).ToList();
            if (options.ConfidenceBands)
            {
                var (bx, lower) = PlotStyle.Staircase(times, steps.Select(s => s.Lower ?? 0).Prepend(1).ToArray());
                var (_, upper) = PlotStyle.Staircase(times, steps.Select(s => s.Upper ?? 0).Prepend(1).ToArray());
                var band = plot.Add.FillY(bx, lower, upper);
                band.FillColor = color.WithAlpha(0.15);
                band.LineWidth = 0;
            }

            var (x, y) = PlotStyle.Staircase(times, steps.Select(s => s.Survival).Prepend(1).ToArray());
            var line = plot.Add.ScatterLine(x, y);
            line.Color = color;
            line.LineWidth = 2.5f;
            line.LegendText = series[k].Label;

            var censored = steps.Where(s => s.Censored > 0).ToArray();
            if (censored.Length > 0)
            {
                var marks = plot.Add.Markers(censored.Select(s => s.Time).ToArray(), censored.Select(s => s.Survival).ToArray(), MarkerShape.Cross, 9, color);
                marks.MarkerLineWidth = 1.5f;
            }
        }

        // The note goes above the data area, where no curve can run under it.
        if (options.Note is { } note)
        {
            plot.Title(note, PlotStyle.LegendSize);
            plot.Axes.Title.Label.Bold = false;
        }

        plot.Axes.SetLimits(XLeft(xMax), XRight(xMax), -0.02, 1.03);
        plot.Axes.Bottom.TickGenerator = TimeTicks(options.RiskTimes);
        var survivalTicks = Enumerable.Range(0, 6).Select(k => k / 5.0).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(survivalTicks, survivalTicks.Select(t => PlotStyle.Format(t, 1)).ToArray());
        plot.XLabel(options.TimeLabel);
        plot.YLabel(options.SurvivalLabel);
        plot.ShowLegend(Alignment.LowerLeft);
        plot.Layout.Fixed(new PixelPadding(padLeft, PadRight, 60, options.Note is null ? 15 : 36));
        return plot;
    }

    private static Plot RiskTable(IReadOnlyList<KaplanMeierSeries> series, KaplanMeierPlotOptions options, double xMax, float padLeft)
    {
        var plot = PlotStyle.NewPlot();
        plot.HideGrid();

        var rows = new double[series.Count];
        for (var k = 0; k < series.Count; k++)
        {
            rows[k] = series.Count - k;
            var atRisk = series[k].Estimate.At(options.RiskTimes);
            foreach (var at in atRisk)
            {
                var text = plot.Add.Text(at.AtRisk.ToString(System.Globalization.CultureInfo.InvariantCulture), at.Time, rows[k]);
                text.LabelFontSize = PlotStyle.TickLabelSize;
                text.LabelFontName = PlotStyle.FontFamily;
                text.LabelFontColor = PlotStyle.SeriesColor(k);
                text.LabelBold = true;
                text.LabelAlignment = Alignment.MiddleCenter;
            }
        }

        plot.Axes.SetLimits(XLeft(xMax), XRight(xMax), 0.5, series.Count + 0.5);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(rows, series.Select(s => s.Label).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.Bottom.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Title.Label.Text = "Number at risk";
        plot.Axes.Title.Label.FontSize = PlotStyle.TickLabelSize;
        plot.Axes.Title.Label.Bold = true;
        plot.Layout.Fixed(new PixelPadding(padLeft, PadRight, TableFooter, TableHeader));
        return plot;
    }

    /// <summary>A little room left of 0 and right of the last time, so numbers at risk there are not clipped.</summary>
    private static double XLeft(double xMax) => -0.03 * xMax;

    private static double XRight(double xMax) => 1.03 * xMax;

    private static ScottPlot.TickGenerators.NumericManual TimeTicks(IReadOnlyList<double> times) =>
        new(times.ToArray(), times.Select(t => t.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).ToArray());
}
