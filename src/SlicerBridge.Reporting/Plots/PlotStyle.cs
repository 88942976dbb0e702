using ScottPlot;
using SlicerBridge.Imaging;

namespace SlicerBridge.Reporting.Plots;

/// <summary>
/// The look every report plot shares: DejaVu Sans (embedded, see <see cref="EmbeddedFontResolver"/>), the Okabe-Ito colour-blind-safe palette, white background,
/// light grid, and PNG output at a checked size.
/// </summary>
internal static class PlotStyle
{
    public const string FontFamily = "DejaVu Sans";
    public const int MinSize = 200;
    public const int MaxSize = 4000;
    public const float AxisLabelSize = 15;
    public const float TickLabelSize = 13;
    public const float LegendSize = 13;

    public static readonly Color Ink = Color.FromHex("#222222");
    public static readonly Color Reference = Color.FromHex("#888888");

    /// <summary>Okabe-Ito: blue, vermillion, bluish green, reddish purple, orange, sky blue.</summary>
    public static readonly Color[] Palette =
    [
        Color.FromHex("#0072B2"), Color.FromHex("#D55E00"), Color.FromHex("#009E73"),
        Color.FromHex("#CC79A7"), Color.FromHex("#E69F00"), Color.FromHex("#56B4E9"),
    ];

    public static Color SeriesColor(int index) => Palette[index % Palette.Length];

    public static Plot NewPlot()
    {
        EmbeddedFontResolver.Register();
        var plot = new Plot();
        plot.Font.Set(FontFamily);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Grid.MajorLineColor = Color.FromHex("#E5E5E5");
        plot.Axes.Color(Ink);
        foreach (var axis in new IAxis[] { plot.Axes.Bottom, plot.Axes.Left })
        {
            axis.Label.FontSize = AxisLabelSize;
            axis.TickLabelStyle.FontSize = TickLabelSize;
        }

        plot.Legend.FontSize = LegendSize;
        plot.Legend.FontName = FontFamily;
        plot.Legend.OutlineColor = Color.FromHex("#BBBBBB");
        return plot;
    }

    /// <summary>Ticks at 0, 0.1, ..., 1 on both axes of a probability-by-probability plot.</summary>
    public static void UnitTicks(Plot plot)
    {
        var ticks = Enumerable.Range(0, 11).Select(k => k / 10.0).ToArray();
        var labels = ticks.Select(t => Format(t, 1)).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks, labels);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks, labels);
    }

    /// <summary>The smallest step of 1, 2 or 5 × 10^k that is at least <paramref name="raw"/>.</summary>
    public static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        return new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw * (1 - 1e-12));
    }

    public static void CheckSize(int width, int height)
    {
        if (width < MinSize || height < MinSize || width > MaxSize || height > MaxSize)
        {
            throw new InvalidInputException($"plot size {width} x {height} is outside {MinSize}..{MaxSize} pixels", "size");
        }
    }

    public static byte[] Png(Plot plot, int width, int height)
    {
        CheckSize(width, height);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>Steps drawn as a polyline: each value holds until the next x, then drops vertically.</summary>
    public static (double[] X, double[] Y) Staircase(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var xs = new double[2 * x.Count - 1];
        var ys = new double[xs.Length];
        for (var i = 0; i < x.Count; i++)
        {
            xs[2 * i] = x[i];
            ys[2 * i] = y[i];
            if (i + 1 < x.Count)
            {
                xs[2 * i + 1] = x[i + 1];
                ys[2 * i + 1] = y[i];
            }
        }

        return (xs, ys);
    }

    public static string Format(double value, int decimals) =>
        value.ToString("F" + decimals, System.Globalization.CultureInfo.InvariantCulture);
}
