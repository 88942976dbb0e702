using System.Text.Json;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Screening;

/// <summary>The synthetic study cohort (<c>data/radiomics_cohort.csv</c>) split into training and validation rows.</summary>
internal sealed class RadiomicsCohort
{
    private RadiomicsCohort(CsvTable table)
    {
        Features = table.Header.Where(h => h.Length == 3 && h[0] == 'f' && char.IsDigit(h[1])).ToArray();
        var set = table.Column("set");
        Train = Enumerable.Range(0, set.Length).Where(i => set[i] == "train").ToArray();
        Validation = Enumerable.Range(0, set.Length).Where(i => set[i] == "validation").ToArray();
        Table = table;
    }

    public static RadiomicsCohort Instance { get; } = new(Golden.Csv(Golden.DataPath("radiomics_cohort.csv")));

    public CsvTable Table { get; }

    public string[] Features { get; }

    public int[] Train { get; }

    public int[] Validation { get; }

    public int[] TrainOutcome => Train.Select(i => int.Parse(Table.Column("proliferative")[i])).ToArray();

    public int[] TrainFoldIds => Train.Select(i => int.Parse(Table.Column("foldid")[i])).ToArray();

    public double[,] Matrix(int[] rows, IReadOnlyList<string> features)
    {
        var columns = features.Select(Table.Numbers).ToArray();
        var x = new double[rows.Length, features.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            for (var j = 0; j < features.Count; j++)
            {
                x[i, j] = columns[j][rows[i]];
            }
        }

        return x;
    }

    /// <summary>The LASSO input: training rows of the filter-kept columns, z-scored with the golden mean and SD.</summary>
    public double[,] ZScoredTrain(out string[] columns)
    {
        var normalisation = Golden.Json("normalisation.json").GetProperty("params").EnumerateArray()
            .ToDictionary(e => e.GetProperty("feature").GetString()!, e => (Mean: Golden.Number(e.GetProperty("mean")), Sd: Golden.Number(e.GetProperty("sd"))));
        columns = Golden.Strings(Golden.Json("glmnet_cv.json").GetProperty("x_columns"));
        var x = Matrix(Train, columns);
        for (var i = 0; i < x.GetLength(0); i++)
        {
            for (var j = 0; j < columns.Length; j++)
            {
                var (mean, sd) = normalisation[columns[j]];
                x[i, j] = (x[i, j] - mean) / sd;
            }
        }

        return x;
    }

    public static Dictionary<string, double> NamedNumbers(JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => Golden.Number(p.Value));
}
