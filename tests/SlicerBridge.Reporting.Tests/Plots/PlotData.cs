using SlicerBridge.Modeling.Tables;
using SlicerBridge.Testing;

namespace SlicerBridge.Reporting.Tests.Plots;

/// <summary>Realistic inputs from the R fixtures: the training set's radscore and nomogram probabilities (golden radscore_predictions.csv).</summary>
internal static class PlotData
{
    private static readonly Lazy<CsvTable> Predictions = new(() => CsvTable.Load(Fixtures.Path("r", "golden", "radscore_predictions.csv")));

    public static int[] Outcome => Train(Predictions.Value.Binary("proliferative"));

    public static double[] Radscore => Train(Predictions.Value.Numbers("p_radscore"));

    public static double[] Nomogram => Train(Predictions.Value.Numbers("p_combined"));

    public static CsvTable Cohort => CsvTable.Load(Fixtures.Path("r", "data", "outcomes_cohort.csv"));

    private static T[] Train<T>(T[] values)
    {
        var set = Predictions.Value.Text("set");
        return values.Where((_, i) => set[i] == "train").ToArray();
    }
}
