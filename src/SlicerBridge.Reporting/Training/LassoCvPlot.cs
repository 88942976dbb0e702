using ScottPlot;
using PlotStyle = SlicerBridge.Reporting.Plots.PlotStyle;
using SlicerBridge.Statistics.Lasso;

namespace SlicerBridge.Reporting.Training;

/// <summary>
/// cv.glmnet's plot: mean cross-validated binomial deviance against log(lambda) with ±1 SE bars, and dashed
/// lines at lambda.min and lambda.1se.
/// </summary>
public static class LassoCvPlot
{
    public static byte[] Render(LassoCvResult cv, int width = 900, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(cv);
        var plot = PlotStyle.NewPlot();
        var x = cv.Lambdas.Select(l => Math.Log(l)).ToArray();
        var bars = plot.Add.ErrorBar(x, cv.Cvm.ToArray(), cv.Cvsd.ToArray());
        bars.Color = PlotStyle.Reference;
        var points = plot.Add.ScatterPoints(x, cv.Cvm.ToArray());
        points.Color = PlotStyle.SeriesColor(1);
        points.MarkerSize = 6;
        points.LegendText = "Mean deviance ± 1 SE";
        foreach (var (lambda, label, k) in new[] { (cv.LambdaMin, "lambda.min", 0), (cv.Lambda1se, "lambda.1se", 2) })
        {
            var line = plot.Add.VerticalLine(Math.Log(lambda));
            line.Color = PlotStyle.SeriesColor(k);
            line.LinePattern = LinePattern.Dashed;
            line.LineWidth = 1.5f;
            line.LegendText = $"{label} = {PlotStyle.Format(lambda, 4)}";
        }

        plot.XLabel("log(lambda)");
        plot.YLabel("Binomial deviance (cross-validated)");
        plot.ShowLegend(Alignment.UpperLeft);
        return PlotStyle.Png(plot, width, height);
    }
}
