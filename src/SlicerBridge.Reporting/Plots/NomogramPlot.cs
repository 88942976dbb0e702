using ScottPlot;

namespace SlicerBridge.Reporting.Plots;

/// <summary>
/// A nomogram as rms draws one: a Points scale on top, one axis per predictor placed by its points,
/// then Total Points and the outcome axis on a common scale, so a reader can drop a vertical line
/// from each predictor value to Points, add them up, and read the outcome below the total.
/// Rows are drawn in data coordinates: x is points (top rows) or total points rescaled to the same
/// width (bottom rows), y is the row index. A patient, when given, is marked as rms users mark one by
/// hand: a dot on each predictor axis with a dashed guide up to the Points scale, and a dot on the
/// total-points axis with a guide down to the outcome it reads as.
/// </summary>
public static class NomogramPlot
{
    private const double TickHeight = 0.12;
    private const double LabelOffset = 0.16;
    private const float PadRight = 30;

    /// <summary>Approximate advance of one tick-label character in pixels, for spotting labels that would collide.</summary>
    private const double CharWidthPixels = 8.5;

    public static byte[] Render(NomogramScale scale, int width = 1000, int height = 0)
    {
        ArgumentNullException.ThrowIfNull(scale);
        if (scale.Predictors.Count == 0 || scale.Predictors.Any(p => p.Ticks.Count == 0) || scale.Outcome.Ticks.Count == 0)
        {
            throw new ArgumentException("a nomogram needs at least one predictor, and every axis needs ticks", nameof(scale));
        }

        if (!(scale.MaxPoints > 0))
        {
            throw new ArgumentException("MaxPoints must be positive", nameof(scale));
        }

        if (scale.Patient is { } patient && (patient.Points.Count != scale.Predictors.Count || patient.Points.Any(p => !double.IsFinite(p))))
        {
            throw new ArgumentException("the patient needs one finite number of points per predictor", nameof(scale));
        }

        height = height > 0 ? height : 100 + 70 * (scale.Predictors.Count + 3);
        var maxTotal = scale.Predictors.Sum(p => p.Ticks.Max(t => t.Points));
        var totalTicks = scale.TotalPointsTicks ?? RoundTicks(maxTotal);
        var totalRange = Math.Max(maxTotal, totalTicks.Max());
        var toWidth = scale.MaxPoints / totalRange;

        var names = scale.Predictors.Select(p => p.Name).Prepend("Points").Append("Total points").Append(scale.Outcome.Name).ToArray();
        var padLeft = Math.Min(width / 3f, 30 + 9.5f * names.Max(n => n.Length));
        var xMin = -0.03 * scale.MaxPoints;
        var xMax = 1.03 * scale.MaxPoints;
        if (scale.Patient is { } outside)
        {
            // A patient beyond the training axes stays in view rather than being clipped.
            var marks = outside.Points.Append(outside.TotalPoints * toWidth).ToArray();
            xMin = Math.Min(xMin, marks.Min() - 0.03 * scale.MaxPoints);
            xMax = Math.Max(xMax, marks.Max() + 0.03 * scale.MaxPoints);
        }

        var unitsPerPixel = (xMax - xMin) / Math.Max(1, width - padLeft - PadRight);

        var plot = PlotStyle.NewPlot();
        plot.HideGrid();
        var row = 0.0;
        void Axis(IEnumerable<(string Label, double X)> ticks, Color color)
        {
            var list = ticks.OrderBy(t => t.X).ToArray();
            var line = plot.Add.Line(list.Min(t => t.X), row, list.Max(t => t.X), row);
            line.Color = color;
            line.LineWidth = 2f;
            // A label that would touch the previous one above the line goes below it instead.
            var lastAboveRight = double.NegativeInfinity;
            foreach (var (label, x) in list)
            {
                var halfWidth = label.Length * CharWidthPixels * unitsPerPixel / 2;
                var above = x - halfWidth > lastAboveRight;
                if (above)
                {
                    lastAboveRight = x + halfWidth;
                }

                var tick = plot.Add.Line(x, row, x, row + (above ? TickHeight : -TickHeight));
                tick.Color = color;
                tick.LineWidth = 2f;
                var text = plot.Add.Text(label, x, row + (above ? LabelOffset : -LabelOffset));
                text.LabelFontSize = PlotStyle.TickLabelSize;
                text.LabelFontName = PlotStyle.FontFamily;
                text.LabelFontColor = PlotStyle.Ink;
                text.LabelAlignment = above ? Alignment.LowerCenter : Alignment.UpperCenter;
            }

            row -= 1;
        }

        Axis(RoundTicks(scale.MaxPoints).Select(p => (Number(p), p)), PlotStyle.Ink);
        foreach (var predictor in scale.Predictors)
        {
            Axis(predictor.Ticks.Select(t => (t.Label, t.Points)), PlotStyle.Palette[0]);
        }

        Axis(totalTicks.Select(t => (Number(t), t * toWidth)), PlotStyle.Ink);
        Axis(scale.Outcome.Ticks.Select(t => (t.Label, t.Points * toWidth)), PlotStyle.Palette[1]);

        if (scale.Patient is { } marked)
        {
            MarkPatient(plot, marked, toWidth);
        }

        var positions = Enumerable.Range(0, names.Length).Select(k => -(double)k).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, names);
        plot.Axes.Left.TickLabelStyle.FontSize = PlotStyle.AxisLabelSize;
        plot.Axes.Left.TickLabelStyle.Bold = true;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.Axes.Bottom.IsVisible = false;
        plot.Axes.Bottom.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.SetLimits(xMin, xMax, -(names.Length - 1) - 0.45, 0.6);
        plot.Layout.Fixed(new PixelPadding(padLeft, PadRight, 15, 15));
        return PlotStyle.Png(plot, width, height);
    }

    /// <summary>Dots where the patient sits on each axis; dashed guides show how the points were read.</summary>
    private static void MarkPatient(Plot plot, NomogramPatient patient, double toWidth)
    {
        var color = PatientColor;
        void Guide(double x, double from, double to)
        {
            var line = plot.Add.Line(x, from, x, to);
            line.Color = color.WithAlpha(0.8);
            line.LineWidth = 1.5f;
            line.LinePattern = LinePattern.Dashed;
        }

        void Dot(double x, double y)
        {
            var marker = plot.Add.Marker(x, y, MarkerShape.FilledCircle, 13, color);
            marker.MarkerLineColor = PlotStyle.Ink;
            marker.MarkerLineWidth = 1.5f;
        }

        var totalRow = -(patient.Points.Count + 1.0);
        for (var j = 0; j < patient.Points.Count; j++)
        {
            Guide(patient.Points[j], -(j + 1.0), 0);
        }

        var total = patient.TotalPoints * toWidth;
        Guide(total, totalRow, totalRow - 1);
        for (var j = 0; j < patient.Points.Count; j++)
        {
            Dot(patient.Points[j], -(j + 1.0));
        }

        Dot(total, totalRow);
        Dot(total, totalRow - 1);
    }

    /// <summary>Orange from the Okabe-Ito palette: apart from the blue predictor and vermillion outcome axes.</summary>
    internal static Color PatientColor => PlotStyle.Palette[4];

    /// <summary>Round ticks (step 1, 2 or 5 × 10^k) from 0 to at least <paramref name="max"/>, ten to twelve of them.</summary>
    internal static double[] RoundTicks(double max)
    {
        var step = PlotStyle.NiceStep(max / 12);
        var count = (int)Math.Ceiling(max / step - 1e-9);
        return Enumerable.Range(0, count + 1).Select(k => k * step).ToArray();
    }

    private static string Number(double v) => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
}
