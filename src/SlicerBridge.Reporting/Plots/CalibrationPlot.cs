using ScottPlot;
using SlicerBridge.Statistics.Calibration;

namespace SlicerBridge.Reporting.Plots;

/// <summary>
/// Calibration: observed against predicted probability, with the ideal diagonal, the nonparametric
/// curve of <c>rms::val.prob</c> (lowess, iter = 0) and the observed proportion in each
/// Hosmer-Lemeshow risk group (deciles of predicted risk) plotted at the group's mean prediction.
/// </summary>
public static class CalibrationPlot
{
    public static byte[] Render(IReadOnlyList<CalibrationSeries> series, int width = 800, int height = 800, int groups = 10)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
        {
            throw new ArgumentException("at least one model is needed", nameof(series));
        }

        var plot = PlotStyle.NewPlot();
        var ideal = plot.Add.Line(0, 0, 1, 1);
        ideal.Color = PlotStyle.Reference;
        ideal.LinePattern = LinePattern.Dashed;
        ideal.LineWidth = 1.5f;
        ideal.LegendText = "Ideal";
        for (var k = 0; k < series.Count; k++)
        {
            var s = series[k];
            var color = PlotStyle.SeriesColor(k);
            var curve = ProbabilityValidation.Compute(s.Outcome, s.Probability).Curve;
            var smooth = plot.Add.ScatterLine(curve.Predicted.ToArray(), curve.Observed.ToArray());
            smooth.Color = color;
            smooth.LineWidth = 2.5f;
            smooth.LegendText = $"{s.Label}: lowess";

            var table = HosmerLemeshowTest.Compute(s.Outcome, s.Probability, groups).Table;
            var binned = plot.Add.Markers(
                table.Select(g => g.Expected1 / g.Count).ToArray(),
                table.Select(g => g.Observed1 / (double)g.Count).ToArray(),
                MarkerShape.FilledCircle, 9, color);
            binned.LegendText = $"{s.Label}: risk groups (observed)";
        }

        plot.Axes.SetLimits(-0.01, 1.01, -0.01, 1.01);
        PlotStyle.UnitTicks(plot);
        plot.XLabel("Predicted probability");
        plot.YLabel("Observed proportion");
        plot.ShowLegend(Alignment.UpperLeft);
        return PlotStyle.Png(plot, width, height);
    }
}
