using ScottPlot;

namespace SlicerBridge.Reporting.Plots;

/// <summary>ROC curves (sensitivity against 1 - specificity) with the chance diagonal; the legend gives each AUC with its DeLong 95% CI.</summary>
public static class RocPlot
{
    public static byte[] Render(IReadOnlyList<RocSeries> series, int width = 800, int height = 800)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Count == 0)
        {
            throw new ArgumentException("at least one ROC curve is needed", nameof(series));
        }

        var plot = PlotStyle.NewPlot();
        var chance = plot.Add.Line(0, 0, 1, 1);
        chance.Color = PlotStyle.Reference;
        chance.LinePattern = LinePattern.Dashed;
        chance.LineWidth = 1.5f;
        for (var k = 0; k < series.Count; k++)
        {
            var points = series[k].Curve.Points;
            var line = plot.Add.ScatterLine(points.Select(p => 1 - p.Specificity).ToArray(), points.Select(p => p.Sensitivity).ToArray());
            line.Color = PlotStyle.SeriesColor(k);
            line.LineWidth = 2.5f;
            var ci = series[k].Curve.DeLongInterval();
            line.LegendText = $"{series[k].Label}: AUC {PlotStyle.Format(ci.Auc, 3)} (95% CI {PlotStyle.Format(ci.Lower, 3)}–{PlotStyle.Format(ci.Upper, 3)})";
        }

        plot.Axes.SetLimits(-0.01, 1.01, -0.01, 1.01);
        PlotStyle.UnitTicks(plot);
        plot.XLabel("1 − Specificity");
        plot.YLabel("Sensitivity");
        plot.ShowLegend(Alignment.LowerRight);
        return PlotStyle.Png(plot, width, height);
    }
}
