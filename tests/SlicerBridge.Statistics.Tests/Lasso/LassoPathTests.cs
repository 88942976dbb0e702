using SlicerBridge.Statistics.Lasso;
using SlicerBridge.Statistics.Tests.Screening;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Lasso;

public class LassoPathTests
{
    /// <summary>glmnet converges only to thresh = 1e-7: compare the first 25 lambdas (README) at 1e-4 absolute.</summary>
    private const int ComparableLambdas = 25;

    [Theory]
    [InlineData(LassoSolver.CoordinateDescent)]
    [InlineData(LassoSolver.MlNet)]
    public void Lambda_sequence_is_glmnets(LassoSolver solver)
    {
        var golden = GlmnetGolden.Instance;
        var path = golden.Fit(solver).Path;
        var expected = golden.Numbers("lambda");
        Assert.Equal(expected.Length, path.Lambdas.Count);
        for (var l = 0; l < expected.Length; l++)
        {
            Assert.Equal(1, path.Lambdas[l] / expected[l], 1e-13);
        }

        Assert.Equal(1, LassoLogistic.Sequence(StandardisedDesignFor(golden), new LassoOptions())[0] / golden.Numbers("lambda_max_manual")[0], 1e-13);
    }

    [Fact]
    public void Coordinate_descent_path_matches_glmnet_path()
    {
        var golden = GlmnetGolden.Instance;
        var path = golden.Fit(LassoSolver.CoordinateDescent).Path;
        var table = Golden.Csv(Golden.GoldenPath("glmnet_path.csv"));
        var a0 = table.Numbers("a0");
        var worst = 0.0;
        for (var l = 0; l < ComparableLambdas; l++)
        {
            worst = Math.Max(worst, Math.Abs(a0[l] - path.Intercepts[l]));
            for (var j = 0; j < golden.Columns.Length; j++)
            {
                var expected = table.Numbers(golden.Columns[j])[l];
                worst = Math.Max(worst, Math.Abs(expected - path.Coefficients[l][j]));
                Assert.Equal(expected == 0, path.Coefficients[l][j] == 0);
            }
        }

        Assert.True(worst <= 1e-6, $"largest coefficient gap over the first {ComparableLambdas} lambdas: {worst:E2}");
        var ratios = Golden.Numbers(golden.Cv.GetProperty("full_fit").GetProperty("dev_ratio"));
        for (var l = 0; l < ComparableLambdas; l++)
        {
            Assert.Equal(ratios[l], path.DevianceRatios[l], 1e-7);
        }

        Assert.Equal(Golden.Number(golden.Cv.GetProperty("full_fit").GetProperty("nulldev")), path.NullDeviance, 1e-10);
        Assert.Equal(PathStop.Complete, path.Stop);
    }

    private static StandardisedDesign StandardisedDesignFor(GlmnetGolden golden) =>
        StandardisedDesign.Create(golden.X, golden.Y, standardize: true, golden.Columns, "test");
}
