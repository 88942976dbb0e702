using ScottPlot;
using PlotStyle = SlicerBridge.Reporting.Plots.PlotStyle;
using SlicerBridge.Statistics.Lasso;

namespace SlicerBridge.Reporting.Training;

/// <summary>
/// glmnet's coefficient path: each feature's coefficient (z-scale) against log(lambda), the radscore's
/// features in colour and labelled, the others in grey, and lambda.min dashed.
/// </summary>
public static class CoefficientPathPlot
{
    public static byte[] Render(LassoCvResult cv, IReadOnlyList<string> featureNames, int width = 900, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(cv);
        ArgumentNullException.ThrowIfNull(featureNames);
        var plot = PlotStyle.NewPlot();
        var x = cv.Lambdas.Select(l => Math.Log(l)).ToArray();
        var selected = cv.SelectedAtLambdaMin.ToHashSet();
        var colour = 0;
        for (var j = 0; j < featureNames.Count; j++)
        {
            var y = cv.Path.Coefficients.Select(b => b[j]).ToArray();
            if (!selected.Contains(j) && y.All(v => v == 0))
            {
                continue;
            }

            var line = plot.Add.ScatterLine(x, y);
            line.LineWidth = selected.Contains(j) ? 2f : 1f;
            line.Color = selected.Contains(j) ? PlotStyle.SeriesColor(colour++) : PlotStyle.Reference.WithAlpha(0.5);
            if (selected.Contains(j) && colour <= 12)
            {
                line.LegendText = featureNames[j];
            }
        }

        var min = plot.Add.VerticalLine(Math.Log(cv.LambdaMin));
        min.Color = PlotStyle.Ink;
        min.LinePattern = LinePattern.Dashed;
        plot.XLabel("log(lambda)");
        plot.YLabel("Coefficient (z-scored feature)");
        plot.ShowLegend(Alignment.UpperRight);
        plot.Legend.FontSize = 10;
        return PlotStyle.Png(plot, width, height);
    }
}
