using SlicerBridge.Statistics.Lasso;

namespace SlicerBridge.Statistics.Tests.Lasso;

public class LassoDegenerateInputTests
{
    public static TheoryData<LassoSolver> Solvers => [LassoSolver.CoordinateDescent, LassoSolver.MlNet];

    [Theory]
    [MemberData(nameof(Solvers))]
    public void One_class_is_a_clear_error(LassoSolver solver)
    {
        var (x, _) = Data(40, 3, seed: 1);
        var error = Assert.Throws<StatisticsInputException>(() =>
            LassoLogistic.Fit(x, Enumerable.Repeat(1, 40).ToArray(), new LassoOptions { Solver = solver }));
        Assert.Contains("one class", error.Message);
    }

    [Fact]
    public void Constant_feature_is_an_error_that_names_it()
    {
        var (x, y) = Data(40, 3, seed: 2);
        for (var i = 0; i < 40; i++)
        {
            x[i, 1] = 7;
        }

        var error = Assert.Throws<StatisticsInputException>(() => LassoLogistic.Fit(x, y, featureNames: ["a", "flat", "c"]));
        Assert.Contains("'flat' is constant", error.Message);
    }

    [Fact]
    public void Fewer_rows_than_folds_is_a_clear_error()
    {
        var (x, y) = Data(8, 3, seed: 3);
        var error = Assert.Throws<StatisticsInputException>(() => LassoCrossValidation.Run(x, y, crossValidation: new CrossValidationOptions { Folds = 10 }));
        Assert.Contains("cannot fill 10 folds", error.Message);
    }

    [Fact]
    public void A_fold_whose_training_part_has_one_class_is_named()
    {
        var (x, _) = Data(12, 2, seed: 4);
        int[] y = [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1];
        int[] folds = [1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3];
        var error = Assert.Throws<StatisticsInputException>(() =>
            LassoCrossValidation.Run(x, y, new LassoOptions { Solver = LassoSolver.CoordinateDescent }, new CrossValidationOptions { FoldIds = folds }));
        Assert.Contains("fold 1", error.Where);
    }

    /// <summary>
    /// Perfectly separated classes: every penalised fit is finite, and the path ends early by glmnet's rules (dev.ratio
    /// above 0.999 or saturated probabilities) rather than chasing infinite coefficients; CV still reports finite figures.
    /// </summary>
    [Theory]
    [MemberData(nameof(Solvers))]
    public void Perfect_separation_ends_the_path_early_with_finite_coefficients(LassoSolver solver)
    {
        var (x, _) = Data(60, 4, seed: 5);
        var y = Enumerable.Range(0, 60).Select(i => x[i, 0] > 0 ? 1 : 0).ToArray();
        var options = new LassoOptions { Solver = solver };

        var path = LassoLogistic.Fit(x, y, options);
        Assert.NotEqual(PathStop.Complete, path.Stop);
        Assert.True(path.Lambdas.Count < 100);
        Assert.All(path.Coefficients.SelectMany(b => b).Concat(path.Intercepts), v => Assert.True(double.IsFinite(v)));

        var cv = LassoCrossValidation.Run(x, y, options, new CrossValidationOptions { Folds = 5, Seed = 3 });
        Assert.All(cv.Cvm, v => Assert.True(double.IsFinite(v)));
        Assert.True(cv.Path.At(cv.LambdaMin).Coefficients[0] > 0);
    }

    [Fact]
    public void Stratified_folds_are_balanced_reproducible_and_seed_dependent()
    {
        var y = Enumerable.Range(0, 126).Select(i => i < 48 ? 1 : 0).ToArray();
        var folds = FoldAssignment.Stratified(y, 10, seed: 11);
        Assert.Equal(folds, FoldAssignment.Stratified(y, 10, seed: 11));
        Assert.NotEqual(folds, FoldAssignment.Stratified(y, 10, seed: 12));
        for (var k = 1; k <= 10; k++)
        {
            var members = Enumerable.Range(0, 126).Where(i => folds[i] == k).ToArray();
            Assert.InRange(members.Length, 12, 13);
            Assert.InRange(members.Count(i => y[i] == 1), 4, 5);
        }
    }

    [Fact]
    public void Fold_ids_with_a_gap_are_rejected()
    {
        var (x, y) = Data(30, 2, seed: 6);
        var ids = Enumerable.Range(0, 30).Select(i => i % 3 == 0 ? 4 : i % 3 + 1).ToArray();
        Assert.Throws<StatisticsInputException>(() => LassoCrossValidation.Run(x, y, crossValidation: new CrossValidationOptions { FoldIds = ids }));
    }

    private static (double[,] X, int[] Y) Data(int n, int p, int seed)
    {
        var random = new Random(seed);
        var x = new double[n, p];
        var y = new int[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < p; j++)
            {
                x[i, j] = random.NextDouble() * 2 - 1;
            }

            y[i] = i % 2;
        }

        return (x, y);
    }
}
