using SlicerBridge.Modeling.Outcomes;
using SlicerBridge.Reporting.Plots;
using SlicerBridge.Statistics.Survival;

namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>The panel's plots as PNGs, each rendered at the size of its section's body; null where the data for one is missing.</summary>
internal static class PanelFigures
{
    public static IReadOnlyDictionary<string, byte[]?> Render(RiskPanelData data, PanelText text, PanelLayout layout)
    {
        (int Width, int Height) Size(string id)
        {
            var body = layout.Sections.First(s => s.Id == id).Body;
            return ((int)body.Width, (int)body.Height);
        }

        var nomogram = Size(PanelLayout.Nomogram);
        var drivers = Size(PanelLayout.Drivers);
        var position = Size(PanelLayout.Position);
        var survival = Size(PanelLayout.Survival);
        return new Dictionary<string, byte[]?>
        {
            [PanelLayout.Nomogram] = NomogramPlot.Render(data.NomogramScale, nomogram.Width, nomogram.Height),
            [PanelLayout.Drivers] = data.Drivers.Count == 0 ? null : DriversChart.Render(text.ShownDrivers, drivers.Width, drivers.Height),
            [PanelLayout.Position] = data.TrainingRadscores is { } training
                ? TrainingPositionChart.Render(training, data.Radscore, position.Width, position.Height)
                : null,
            [PanelLayout.Survival] = data.Survival is { } s ? Survival(s, text, survival.Width, survival.Height) : null,
        };
    }

    private static byte[] Survival(RiskPanelSurvival survival, PanelText text, int width, int height)
    {
        var outcomes = survival.Outcomes;
        var series = outcomes.Groups.Select(g => new KaplanMeierSeries(text.SurvivalLabel(g.Group), EstimateOf(g))).ToArray();
        var options = new KaplanMeierPlotOptions(
            outcomes.RiskTimes, survival.TimeLabel ?? outcomes.Time, "Progression-free survival", ConfidenceBands: true, Note: text.SurvivalNote);
        return KaplanMeierPlot.Render(series, options, width, height);
    }

    /// <summary>
    /// The group's estimate; for an analysis read back from JSON (no estimate kept), the same estimate
    /// recomputed from its curve, whose rows hold every event and censoring time.
    /// </summary>
    internal static KaplanMeierEstimate EstimateOf(GroupSurvival group)
    {
        if (group.Estimate is { } estimate)
        {
            return estimate;
        }

        var time = new List<double>();
        var status = new List<int>();
        foreach (var point in group.Curve)
        {
            time.AddRange(Enumerable.Repeat(point.Time, point.Events + point.Censored));
            status.AddRange(Enumerable.Repeat(1, point.Events).Concat(Enumerable.Repeat(0, point.Censored)));
        }

        return KaplanMeierEstimate.Compute(time, status);
    }
}
