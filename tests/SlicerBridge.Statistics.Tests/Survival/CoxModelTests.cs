using SlicerBridge.Statistics.Survival;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Survival;

/// <summary>survival 3.5-3 coxph goldens (cox.json) at 1e-6 (R's own fit is within 1e-12 of the exact MLE).</summary>
public class CoxModelTests
{
    private const double Tol = 1e-6;
    private static readonly string[] All = ["score", "high_six_twelve", "age", "sex_male", "tumour_size_cm", "afp_high"];

    [Theory]
    [InlineData("score")]
    [InlineData("high_six_twelve")]
    [InlineData("age")]
    [InlineData("sex_male")]
    [InlineData("tumour_size_cm")]
    [InlineData("afp_high")]
    public void UnivariableEfronMatchesCoxph(string covariate)
    {
        var cohort = new OutcomesCohort();
        var fit = CoxModel.Fit(cohort.Time, cohort.Status, [cohort.Covariate(covariate)]);
        CoxGolden.AssertMatches(Golden.Json("cox.json").GetProperty("univariable").GetProperty(covariate), fit, Tol);
    }

    [Fact]
    public void MultivariableEfronMatchesCoxph()
    {
        var cohort = new OutcomesCohort();
        var fit = CoxModel.Fit(cohort.Time, cohort.Status, All.Select(cohort.Covariate).ToArray());
        CoxGolden.AssertMatches(Golden.Json("cox.json").GetProperty("multivariable"), fit, Tol);
    }

    [Fact]
    public void MultivariableBreslowMatchesCoxph()
    {
        var cohort = new OutcomesCohort();
        var fit = CoxModel.Fit(cohort.Time, cohort.Status, All.Select(cohort.Covariate).ToArray(), CoxTies.Breslow);
        CoxGolden.AssertMatches(Golden.Json("cox.json").GetProperty("multivariable_breslow_for_comparison"), fit, Tol);
    }

    [Fact]
    public void DegenerateInputIsRejected()
    {
        double[] time = [1, 2, 3, 4];
        Assert.Throws<StatisticsInputException>(() => CoxModel.Fit(time, [0, 0, 0, 0], [new Covariate("x", [1.0, 2, 3, 4])]));
        Assert.Throws<StatisticsInputException>(() => CoxModel.Fit(time, [1, 1, 0, 1], [new Covariate("x", [1.0, 1, 1, 1])]));
        Assert.Throws<StatisticsInputException>(() => CoxModel.Fit(time, [1, 1, 0, 1],
            [new Covariate("x", [1.0, 2, 3, 4]), new Covariate("twice x", [2.0, 4, 6, 8])]));
        // Covariate 1 for exactly the earliest deaths: monotone likelihood, the MLE is infinite (coxph warns).
        Assert.Throws<StatisticsInputException>(() => CoxModel.Fit(time, [1, 1, 1, 1], [new Covariate("x", [1.0, 1, 0, 0])]));
    }

    [Fact]
    public void NullModelGivesOnlyTheNullLikelihood()
    {
        var cohort = new OutcomesCohort();
        var fit = CoxModel.Fit(cohort.Time, cohort.Status, []);
        Assert.Empty(fit.Coefficients);
        Assert.Equal(Golden.Number(Golden.Json("cox.json").GetProperty("multivariable").GetProperty("loglik_null")), fit.LogLikelihood, Tol);
    }
}
