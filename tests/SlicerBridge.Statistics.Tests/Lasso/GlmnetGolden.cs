using System.Text.Json;
using SlicerBridge.Statistics.Lasso;
using SlicerBridge.Statistics.Tests.Screening;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Lasso;

/// <summary>The cv.glmnet golden and its inputs (the golden z-scored, filter-kept training features), fitted once per solver.</summary>
internal sealed class GlmnetGolden
{
    private static readonly Lazy<GlmnetGolden> Shared = new(() => new GlmnetGolden());
    private readonly Dictionary<LassoSolver, Lazy<LassoCvResult>> _fits;

    private GlmnetGolden()
    {
        X = RadiomicsCohort.Instance.ZScoredTrain(out var columns);
        Columns = columns;
        Cv = Golden.Json("glmnet_cv.json");
        Y = RadiomicsCohort.Instance.TrainOutcome;
        FoldIds = RadiomicsCohort.Instance.TrainFoldIds;
        Assert.Equal(Golden.Numbers(Cv.GetProperty("foldid")).Select(v => (int)v), FoldIds);
        _fits = Enum.GetValues<LassoSolver>().ToDictionary(
            s => s,
            s => new Lazy<LassoCvResult>(() => LassoCrossValidation.Run(X, Y, new LassoOptions { Solver = s }, new CrossValidationOptions { FoldIds = FoldIds })));
    }

    public static GlmnetGolden Instance => Shared.Value;

    public double[,] X { get; }

    public string[] Columns { get; }

    public int[] Y { get; }

    public int[] FoldIds { get; }

    public JsonElement Cv { get; }

    public double[] Numbers(string property) => Golden.Numbers(Cv.GetProperty(property));

    public LassoCvResult Fit(LassoSolver solver) => _fits[solver].Value;

    /// <summary>Golden coefficient object ("(Intercept)", f01, ...) as intercept + vector in column order.</summary>
    public (double Intercept, double[] Beta) Coefficients(JsonElement named)
    {
        var map = RadiomicsCohort.NamedNumbers(named);
        return (map["(Intercept)"], Columns.Select(c => map[c]).ToArray());
    }
}
