using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Discrimination;

/// <summary>The golden per-patient radscores and model probabilities of one set (train or validation), the input of every discrimination and calibration check.</summary>
internal sealed record RadscorePredictions(int[] Outcome, double[] Radscore, double[] RadscoreModel, double[] CombinedModel)
{
    public static RadscorePredictions Load(string set)
    {
        var table = Golden.Csv(Golden.GoldenPath("radscore_predictions.csv"));
        var keep = table.Column("set").Select(s => s == set).ToArray();
        double[] Pick(string column) => table.Numbers(column).Where((_, i) => keep[i]).ToArray();
        return new RadscorePredictions(
            Pick("proliferative").Select(v => (int)v).ToArray(),
            Pick("radscore"),
            Pick("p_radscore"),
            Pick("p_combined"));
    }

    public double[] Predictor(string model) => model switch
    {
        "radscore_raw" => Radscore,
        "radscore_model" => RadscoreModel,
        "combined_model" => CombinedModel,
        _ => throw new ArgumentOutOfRangeException(nameof(model)),
    };
}
