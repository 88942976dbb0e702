using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Regression;

/// <summary>The golden radscore table: the inputs of the glm and nomogram stages (README: test each stage on the golden inputs of the stage before).</summary>
internal sealed class RadscorePredictions
{
    private RadscorePredictions(string set)
    {
        var table = Golden.Csv(Golden.GoldenPath("radscore_predictions.csv"));
        var rows = Enumerable.Range(0, table.Rows.Count).Where(i => table.Column("set")[i] == set).ToArray();
        double[] Pick(string column) => rows.Select(i => table.Numbers(column)[i]).ToArray();
        Ids = rows.Select(i => table.Column("id")[i]).ToArray();
        Outcome = Pick("proliferative").Select(v => (int)v).ToArray();
        AfpHigh = Pick("afp_high");
        Radscore = Pick("radscore");
        Radscore1se = Pick("radscore_1se");
        PRadscore = Pick("p_radscore");
        PCombined = Pick("p_combined");
    }

    public static RadscorePredictions Train { get; } = new("train");

    public static RadscorePredictions Validation { get; } = new("validation");

    public string[] Ids { get; }

    public int[] Outcome { get; }

    public double[] AfpHigh { get; }

    public double[] Radscore { get; }

    public double[] Radscore1se { get; }

    public double[] PRadscore { get; }

    public double[] PCombined { get; }

    public double[,] Columns(params double[][] columns)
    {
        var x = new double[Outcome.Length, columns.Length];
        for (var i = 0; i < Outcome.Length; i++)
        {
            for (var j = 0; j < columns.Length; j++)
            {
                x[i, j] = columns[j][i];
            }
        }

        return x;
    }
}
