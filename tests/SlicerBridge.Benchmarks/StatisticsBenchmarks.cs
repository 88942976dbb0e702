using SlicerBridge.Statistics.Lasso;
using SlicerBridge.Statistics.Survival;

namespace SlicerBridge.Benchmarks;

/// <summary>
/// The retraining statistics at the study's size: LASSO with 10-fold CV and 100 lambdas on 126 patients x
/// 2632 standardised features (each LASSO engine), and Cox plus the optimal cut-point on 500 patients.
/// </summary>
internal static class StatisticsBenchmarks
{
    public static IEnumerable<Measurement> Run(bool quick)
    {
        var (x, y) = LassoData(126, 2632, seed: 11);
        var details = new Dictionary<string, object> { ["rows"] = 126, ["features"] = 2632, ["folds"] = 10, ["lambdas"] = 100 };
        var iterations = quick ? 1 : 3;
        yield return Measurement.Time("lasso-cv/mlnet", iterations,
            () => LassoCrossValidation.Run(x, y), details, warmups: 1);
        yield return Measurement.Time("lasso-cv/mlnet-model-exact-folds", iterations,
            () => LassoCrossValidation.Run(x, y, crossValidation: new CrossValidationOptions { FoldSolver = LassoSolver.CoordinateDescent }),
            details, warmups: 1);
        yield return Measurement.Time("lasso-cv/exact-coordinate-descent", iterations,
            () => LassoCrossValidation.Run(x, y, new LassoOptions { Solver = LassoSolver.CoordinateDescent }), details, warmups: 1);

        var (time, status, marker, covariates) = SurvivalData(500, seed: 5);
        yield return Measurement.Time("cox-and-cutpoint/500-patients", quick ? 5 : 20, () =>
        {
            CoxModel.Fit(time, status, covariates);
            MaximallySelectedCutpoint.Find(time, status, marker);
        }, new Dictionary<string, object> { ["patients"] = 500, ["covariates"] = covariates.Count });
    }

    private static (double[,] X, int[] Y) LassoData(int rows, int columns, int seed)
    {
        var random = new Random(seed);
        var x = new double[rows, columns];
        var y = new int[rows];
        for (var i = 0; i < rows; i++)
        {
            var shared = Gaussian(random);
            for (var j = 0; j < columns; j++)
            {
                // Blocks of correlated features, as radiomic features of one image type are.
                x[i, j] = (j % 20 < 10 ? 0.6 * shared : 0) + Gaussian(random);
            }

            var logit = -0.4 + 0.9 * x[i, 3] - 0.7 * x[i, 40] + 0.6 * x[i, 500] + 0.5 * x[i, 1700];
            y[i] = random.NextDouble() < 1 / (1 + Math.Exp(-logit)) ? 1 : 0;
        }

        return (x, y);
    }

    private static (double[] Time, int[] Status, double[] Marker, List<Covariate> Covariates) SurvivalData(int n, int seed)
    {
        var random = new Random(seed);
        var marker = new double[n];
        var age = new double[n];
        var size = new double[n];
        var time = new double[n];
        var status = new int[n];
        for (var i = 0; i < n; i++)
        {
            marker[i] = Gaussian(random);
            age[i] = 60 + 10 * Gaussian(random);
            size[i] = Math.Exp(1.2 + 0.4 * Gaussian(random));
            var hazard = 0.05 * Math.Exp(0.5 * marker[i] + 0.01 * (age[i] - 60) + 0.1 * size[i]);
            var eventTime = -Math.Log(1 - random.NextDouble()) / hazard;
            var censor = 36 * random.NextDouble();
            time[i] = Math.Round(Math.Max(0.1, Math.Min(eventTime, censor)), 1);
            status[i] = eventTime <= censor ? 1 : 0;
        }

        return (time, status, marker, [new("marker", marker), new("age", age), new("size", size)]);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
