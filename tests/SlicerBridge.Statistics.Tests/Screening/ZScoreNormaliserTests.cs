using SlicerBridge.Statistics.Screening;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Screening;

public class ZScoreNormaliserTests
{
    private const double Relative = 1e-12;

    [Fact]
    public void Training_mean_and_n_minus_1_sd_match_R()
    {
        var cohort = RadiomicsCohort.Instance;
        var golden = Golden.Json("normalisation.json");
        var fit = ZScoreNormaliser.Fit(cohort.Matrix(cohort.Train, cohort.Features), cohort.Features);

        var rows = golden.GetProperty("params").EnumerateArray().ToArray();
        Assert.Equal(cohort.Features.Length, rows.Length);
        for (var j = 0; j < rows.Length; j++)
        {
            Assert.Equal(cohort.Features[j], rows[j].GetProperty("feature").GetString());
            AssertClose(Golden.Number(rows[j].GetProperty("mean")), fit.Means[j]);
            AssertClose(Golden.Number(rows[j].GetProperty("sd")), fit.StandardDeviations[j]);
        }
    }

    [Theory]
    [InlineData("train")]
    [InlineData("validation")]
    public void First_row_z_values_match_R(string set)
    {
        var cohort = RadiomicsCohort.Instance;
        var check = Golden.Json("normalisation.json").GetProperty("check_values");
        var fit = ZScoreNormaliser.Fit(cohort.Matrix(cohort.Train, cohort.Features));
        var rows = set == "train" ? cohort.Train : cohort.Validation;
        Assert.Equal(Golden.Strings(check.GetProperty($"{set}_first_row_id"))[0], cohort.Table.Column("id")[rows[0]]);

        var z = fit.Transform(cohort.Matrix(rows[..1], cohort.Features));
        var expected = RadiomicsCohort.NamedNumbers(check.GetProperty($"{set}_first_row_z"));
        for (var j = 0; j < cohort.Features.Length; j++)
        {
            Assert.Equal(expected[cohort.Features[j]], z[0, j], 1e-12);
        }
    }

    [Fact]
    public void Constant_feature_is_an_error_that_names_it()
    {
        var x = new double[,] { { 1, 5 }, { 2, 5 }, { 3, 5 } };
        var error = Assert.Throws<StatisticsInputException>(() => ZScoreNormaliser.Fit(x, ["a", "flat"]));
        Assert.Contains("'flat'", error.Message);
    }

    private static void AssertClose(double expected, double actual) =>
        Assert.True(Math.Abs(expected - actual) <= Relative * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
