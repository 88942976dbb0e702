using System.Text.Json;
using SlicerBridge.Statistics.Regression;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Regression;

public class LogisticRegressionTests
{
    public static TheoryData<string> Models => ["radscore_only", "combined"];

    [Theory]
    [MemberData(nameof(Models))]
    public void Coefficient_table_matches_R_glm(string model)
    {
        var golden = Golden.Json("logistic.json").GetProperty(model);
        var fit = FitTrain(model);

        var rows = golden.GetProperty("coefficients").EnumerateArray().ToArray();
        Assert.Equal(rows.Length, fit.Coefficients.Count);
        for (var j = 0; j < rows.Length; j++)
        {
            var ours = fit.Coefficients[j];
            Assert.Equal(rows[j].GetProperty("term").GetString(), ours.Term);

            // Same IRLS iterate and the same last-iteration weights as R: far inside 1e-8 (coefficients) and 1e-4 (SEs).
            Assert.Equal(Number(rows[j], "estimate"), ours.Estimate, 1e-10);
            Relative(Number(rows[j], "std_error"), ours.StandardError, 1e-9);
            Relative(Number(rows[j], "z"), ours.Z, 1e-9);
            Relative(Number(rows[j], "p"), ours.P, 1e-8);
            Relative(Number(rows[j], "odds_ratio"), ours.OddsRatio, 1e-10);
            Relative(Number(rows[j], "or_wald_lower"), ours.OddsRatioLower, 1e-9);
            Relative(Number(rows[j], "or_wald_upper"), ours.OddsRatioUpper, 1e-9);
        }

        Relative(Number(golden, "deviance"), fit.Deviance, 1e-11);
        Relative(Number(golden, "null_deviance"), fit.NullDeviance, 1e-12);
        Relative(Number(golden, "aic"), fit.Aic, 1e-11);
        Relative(Number(golden, "loglik"), fit.LogLikelihood, 1e-11);
        Assert.Equal((int)Number(golden, "df_residual"), fit.DfResidual);
        Assert.Equal((int)Number(golden, "iterations"), fit.Iterations);
        Assert.True(golden.GetProperty("converged").GetBoolean());
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Predicted_probabilities_match_R_for_training_and_validation(string model)
    {
        var fit = FitTrain(model);
        foreach (var set in new[] { RadscorePredictions.Train, RadscorePredictions.Validation })
        {
            var x = model == "combined" ? set.Columns(set.Radscore, set.AfpHigh) : set.Columns(set.Radscore);
            var expected = model == "combined" ? set.PCombined : set.PRadscore;
            var actual = fit.Probabilities(x);
            for (var i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i], actual[i], 1e-10);
            }
        }
    }

    [Fact]
    public void Univariable_fit_of_radscore_equals_the_radscore_only_model()
    {
        var train = RadscorePredictions.Train;
        var single = LogisticRegression.Univariable(train.Columns(train.Radscore, train.AfpHigh), train.Outcome, ["radscore", "afp_high"]);
        var golden = Golden.Json("logistic.json").GetProperty("radscore_only").GetProperty("coefficients")[1];
        Assert.Equal(2, single.Count);
        Assert.Equal(Number(golden, "estimate"), single[0].Coefficients[1].Estimate, 1e-10);
        Assert.Equal("afp_high", single[1].Coefficients[1].Term);
    }

    [Fact]
    public void Perfect_separation_is_a_clear_error()
    {
        var x = new double[,] { { -2 }, { -1 }, { -0.5 }, { 0.5 }, { 1 }, { 2 } };
        var error = Assert.Throws<StatisticsInputException>(() => LogisticRegression.Fit(x, [0, 0, 0, 1, 1, 1], ["score"]));
        Assert.Contains("separated", error.Message);
    }

    [Fact]
    public void One_class_and_collinear_predictors_are_clear_errors()
    {
        var x = new double[,] { { 1, 2 }, { 2, 4 }, { 3, 6 }, { 4, 8 }, { 5, 10 } };
        Assert.Contains("one class", Assert.Throws<StatisticsInputException>(() => LogisticRegression.Fit(x, [1, 1, 1, 1, 1], ["a", "b"])).Message);
        Assert.Contains("collinear", Assert.Throws<StatisticsInputException>(() => LogisticRegression.Fit(x, [0, 1, 0, 1, 0], ["a", "b"])).Message);
    }

    private static LogisticFit FitTrain(string model)
    {
        var train = RadscorePredictions.Train;
        return model == "combined"
            ? LogisticRegression.Fit(train.Columns(train.Radscore, train.AfpHigh), train.Outcome, ["radscore", "afp_high"])
            : LogisticRegression.Fit(train.Columns(train.Radscore), train.Outcome, ["radscore"]);
    }

    private static double Number(JsonElement element, string name) => Golden.Number(element.GetProperty(name));

    private static void Relative(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"expected {expected:R}, got {actual:R} (rel {tolerance:E0})");
}
