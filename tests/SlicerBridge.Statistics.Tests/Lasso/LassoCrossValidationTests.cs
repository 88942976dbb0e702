using SlicerBridge.Statistics.Lasso;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Lasso;

public class LassoCrossValidationTests
{
    /// <summary>The exact path reproduces glmnet's arithmetic, so cv figures agree far inside the 1e-6 asked for.</summary>
    private const double ExactRelative = 1e-10;

    [Fact]
    public void Fold_deviances_match_glmnet_at_every_lambda()
    {
        var fit = GlmnetGolden.Instance.Fit(LassoSolver.CoordinateDescent);
        var table = Golden.Csv(Golden.GoldenPath("glmnet_cv_fold_deviance.csv"));
        for (var k = 0; k < 10; k++)
        {
            var expected = table.Numbers($"fold{k + 1:00}_mean_deviance");
            AssertRelative(expected, fit.FoldMeanDeviance[k], ExactRelative);
        }

        AssertRelative(
            Golden.Numbers(GlmnetGolden.Instance.Cv.GetProperty("cv_rules").GetProperty("fold_lambda_max")), fit.FoldLambdaMax, 1e-13);
    }

    [Fact]
    public void Cv_summary_matches_cv_glmnet()
    {
        var golden = GlmnetGolden.Instance;
        var fit = golden.Fit(LassoSolver.CoordinateDescent);
        AssertRelative(golden.Numbers("cvm"), fit.Cvm, ExactRelative);
        AssertRelative(golden.Numbers("cvsd"), fit.Cvsd, ExactRelative);
        AssertRelative(golden.Numbers("cvup"), fit.Cvup, ExactRelative);
        AssertRelative(golden.Numbers("cvlo"), fit.Cvlo, ExactRelative);
        Assert.Equal(golden.Numbers("nzero").Select(v => (int)v), fit.NonZero);
        Assert.Equal((int)golden.Numbers("index_min")[0] - 1, fit.IndexMin);
        Assert.Equal((int)golden.Numbers("index_1se")[0] - 1, fit.Index1se);
        Assert.Equal(golden.Numbers("lambda_min")[0], fit.LambdaMin, 1e-14);
        Assert.Equal(golden.Numbers("lambda_1se")[0], fit.Lambda1se, 1e-14);
        var (_, beta) = golden.Coefficients(golden.Cv.GetProperty("coef_lambda_min"));
        Assert.Equal(Enumerable.Range(0, beta.Length).Where(j => beta[j] != 0), fit.SelectedAtLambdaMin);
    }

    [Theory]
    [InlineData("coef_lambda_min")]
    [InlineData("coef_lambda_1se")]
    public void Coordinate_descent_coefficients_at_the_chosen_lambdas_match(string property)
    {
        var golden = GlmnetGolden.Instance;
        var fit = golden.Fit(LassoSolver.CoordinateDescent);
        var (intercept, beta) = golden.Coefficients(golden.Cv.GetProperty(property));
        var (ourIntercept, ourBeta) = fit.Path.At(property.EndsWith("min", StringComparison.Ordinal) ? fit.LambdaMin : fit.Lambda1se);
        Assert.Equal(intercept, ourIntercept, 1e-8);
        for (var j = 0; j < beta.Length; j++)
        {
            Assert.Equal(beta[j], ourBeta[j], 1e-8);
            Assert.Equal(beta[j] == 0, ourBeta[j] == 0);
        }
    }

    /// <summary>
    /// ML.NET (float32 OWL-QN) against glmnet: the same lambda sequence and choices, the same six features at
    /// lambda.min. Measured gaps: cvm 5.3e-5 relative over the first 20 lambdas; at lambda.min 8.3e-7 on the
    /// coefficients and 1.1e-7 on the intercept (asserted at 1e-5, inside the 1e-4 asked for).
    /// </summary>
    [Fact]
    public void MlNet_path_selects_the_same_model_as_glmnet()
    {
        var golden = GlmnetGolden.Instance;
        var fit = golden.Fit(LassoSolver.MlNet);
        Assert.Equal((int)golden.Numbers("index_min")[0] - 1, fit.IndexMin);
        Assert.Equal((int)golden.Numbers("index_1se")[0] - 1, fit.Index1se);
        AssertRelative(golden.Numbers("cvm")[..20], fit.Cvm.Take(20).ToArray(), 1e-4);

        var (intercept, beta) = golden.Coefficients(golden.Cv.GetProperty("coef_lambda_min"));
        var (ourIntercept, ourBeta) = fit.Path.At(fit.LambdaMin);
        Assert.Equal(intercept, ourIntercept, 1e-5);
        for (var j = 0; j < beta.Length; j++)
        {
            Assert.Equal(beta[j] != 0, ourBeta[j] != 0);
            Assert.Equal(beta[j], ourBeta[j], 1e-5);
        }
    }

    [Fact]
    public void MlNet_model_with_exact_fold_paths_gives_exact_cv_figures()
    {
        var golden = GlmnetGolden.Instance;
        var fit = LassoCrossValidation.Run(
            golden.X,
            golden.Y,
            new LassoOptions { Solver = LassoSolver.MlNet },
            new CrossValidationOptions { FoldIds = golden.FoldIds, FoldSolver = LassoSolver.CoordinateDescent });

        AssertRelative(golden.Numbers("cvm"), fit.Cvm, ExactRelative);
        Assert.Equal((int)golden.Numbers("index_min")[0] - 1, fit.IndexMin);
        var (_, beta) = golden.Coefficients(golden.Cv.GetProperty("coef_lambda_min"));
        var (_, ourBeta) = fit.Path.At(fit.LambdaMin);
        Assert.Equal(beta.Select(b => b != 0), ourBeta.Select(b => b != 0));
    }

    private static void AssertRelative(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        var worst = expected.Select((e, i) => Math.Abs(actual[i] - e) / Math.Abs(e)).Max();
        Assert.True(worst <= tolerance, $"largest relative gap {worst:E2} > {tolerance:E0}");
    }
}
