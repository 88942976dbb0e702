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
    public static byte[] Render(LassoCvResult cv, IReadOnlyList<string> featureNames, int width = 900, int height = 760)
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
            if (selected.Contains(j))
            {
                // Past the palette, colours repeat: a dashed line keeps two features apart.
                line.Color = PlotStyle.SeriesColor(colour);
                line.LinePattern = colour >= PlotStyle.Palette.Length ? LinePattern.Dashed : LinePattern.Solid;
                line.LegendText = featureNames[j];
                colour++;
            }
            else
            {
                line.Color = PlotStyle.Reference.WithAlpha(0.5);
            }
        }

        var min = plot.Add.VerticalLine(Math.Log(cv.LambdaMin));
        min.Color = PlotStyle.Ink;
        min.LinePattern = LinePattern.Dashed;
        plot.XLabel("log(lambda)");
        plot.YLabel("Coefficient (z-scored feature)");
        // Outside the data area: long feature names would cover the paths.
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.FontSize = 11;
        return PlotStyle.Png(plot, width, height);
    }
}
