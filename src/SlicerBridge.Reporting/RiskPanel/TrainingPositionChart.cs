using ScottPlot;
using SlicerBridge.Reporting.Plots;
using PlotStyle = SlicerBridge.Reporting.Plots.PlotStyle;

namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>
/// The training patients' radscores as a histogram, the radscore cut-off as a dashed line and this
/// patient as a solid orange line (named in the legend), so a reader sees at a glance how typical the patient is.
/// </summary>
internal static class TrainingPositionChart
{
    private const int TargetBins = 24;

    public static byte[] Render(IReadOnlyList<double> training, RiskCut radscore, int width, int height)
    {
        var plot = PlotStyle.NewPlot();
        var low = Math.Min(training.Min(), Math.Min(radscore.Value, radscore.Cutoff));
        var high = Math.Max(training.Max(), Math.Max(radscore.Value, radscore.Cutoff));
        var step = PlotStyle.NiceStep(Math.Max(high - low, 1e-9) / TargetBins);
        var first = Math.Floor(low / step) * step;
        var bins = (int)Math.Ceiling((high - first) / step + 1e-9) + 1;
        var counts = new int[bins];
        foreach (var r in training)
        {
            counts[Math.Min(bins - 1, (int)Math.Floor((r - first) / step))]++;
        }

        var bars = counts.Select((n, k) => new Bar
        {
            Position = first + (k + 0.5) * step,
            Value = n,
            Size = step * 0.92,
            FillColor = Color.FromHex("#B8C4CE"),
            LineWidth = 0,
        }).ToList();
        plot.Add.Bars(bars);

        var top = counts.Max();
        var cut = plot.Add.VerticalLine(radscore.Cutoff, 2f, PlotStyle.Ink);
        cut.LinePattern = LinePattern.Dashed;
        cut.LegendText = "cut-off " + PlotStyle.Format(radscore.Cutoff, 3);
        var patient = plot.Add.VerticalLine(radscore.Value, 3.5f, NomogramPlot.PatientColor);
        patient.LegendText = "this patient " + PlotStyle.Format(radscore.Value, 3);
        plot.ShowLegend(Alignment.UpperRight);

        plot.Axes.SetLimits(first - step, first + (bins + 1) * step, 0, top * 1.12 + 1);
        plot.XLabel("Radscore");
        plot.YLabel("Training patients");
        plot.Grid.XAxisStyle.MajorLineStyle.Width = 0;
        plot.Layout.Fixed(new PixelPadding(70, 20, 50, 10));
        return PlotStyle.Png(plot, width, height);
    }
}
