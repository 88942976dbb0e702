using ScottPlot;

namespace SlicerBridge.Reporting.Plots;

/// <summary>
/// Decision curves: net benefit against threshold probability for each model, treat-all and
/// treat-none. The y-axis runs from a little below 0 to a little above the prevalence (the most
/// any strategy can gain), so treat-all's steep fall does not flatten the models' curves.
/// </summary>
public static class DecisionCurvePlot
{
    public static byte[] Render(IReadOnlyList<DecisionCurveSeries> series, int width = 900, int height = 700)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0 || series[0].Points.Count == 0)
        {
            throw new ArgumentException("at least one decision curve with points is needed", nameof(series));
        }

        var reference = series[0].Points;
        if (series.Any(s => !s.Points.Select(p => (p.Threshold, p.TreatAll)).SequenceEqual(reference.Select(p => (p.Threshold, p.TreatAll)))))
        {
            throw new ArgumentException("decision curves must share thresholds and patients (their treat-all curves differ)", nameof(series));
        }

        var plot = PlotStyle.NewPlot();
        var thresholds = reference.Select(p => p.Threshold).ToArray();
        var none = plot.Add.ScatterLine(thresholds, reference.Select(p => p.TreatNone).ToArray());
        none.Color = PlotStyle.Ink;
        none.LineWidth = 1.5f;
        none.LegendText = "Treat none";
        var all = plot.Add.ScatterLine(thresholds, reference.Select(p => p.TreatAll).ToArray());
        all.Color = PlotStyle.Reference;
        all.LineWidth = 1.5f;
        all.LinePattern = LinePattern.Dashed;
        all.LegendText = "Treat all";
        for (var k = 0; k < series.Count; k++)
        {
            var line = plot.Add.ScatterLine(thresholds, series[k].Points.Select(p => p.Model).ToArray());
            line.Color = PlotStyle.SeriesColor(k);
            line.LineWidth = 2.5f;
            line.LegendText = series[k].Label;
        }

        // Treat-all at threshold -> 0 is the prevalence: the largest net benefit possible.
        var prevalence = reference[0].TreatAll + (1 - reference[0].TreatAll) * reference[0].Threshold;
        var top = Math.Max(prevalence, series.Max(s => s.Points.Max(p => p.Model)));
        var (bottom, ceiling) = (-0.05 - 0.1 * top, top * 1.1 + 0.01);
        plot.Axes.SetLimits(0, 1, bottom, ceiling);
        var yStep = PlotStyle.NiceStep((ceiling - bottom) / 12);
        var yTicks = Enumerable.Range((int)Math.Ceiling(bottom / yStep), (int)(Math.Floor(ceiling / yStep) - Math.Ceiling(bottom / yStep)) + 1)
            .Select(k => k * yStep).ToArray();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(yTicks, yTicks.Select(t => PlotStyle.Format(t, 2)).ToArray());
        var xTicks = Enumerable.Range(0, 11).Select(k => k / 10.0).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(xTicks, xTicks.Select(t => PlotStyle.Format(t, 1)).ToArray());
        plot.XLabel("Threshold probability");
        plot.YLabel("Net benefit");
        plot.ShowLegend(Alignment.UpperRight);
        return PlotStyle.Png(plot, width, height);
    }
}
