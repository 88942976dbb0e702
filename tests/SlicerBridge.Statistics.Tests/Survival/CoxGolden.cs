using System.Text.Json;
using SlicerBridge.Statistics.Survival;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Survival;

/// <summary>Compares a fit with one <c>cox_summary()</c> block of the R goldens.</summary>
internal static class CoxGolden
{
    public static void AssertMatches(JsonElement golden, CoxModel fit, double tol)
    {
        Assert.Equal(golden.GetProperty("n").GetInt32(), fit.Count);
        Assert.Equal(golden.GetProperty("nevent").GetInt32(), fit.Events);
        Assert.Equal(golden.GetProperty("ties").GetString(), fit.Ties == CoxTies.Efron ? "efron" : "breslow");
        var rows = golden.GetProperty("coefficients").EnumerateArray().ToArray();
        Assert.Equal(rows.Length, fit.Coefficients.Count);
        for (var j = 0; j < rows.Length; j++)
        {
            var c = fit.Coefficients[j];
            double G(string name) => Golden.Number(rows[j].GetProperty(name));
            Assert.Equal(G("coef"), c.Coefficient, tol);
            Assert.Equal(G("hr"), c.HazardRatio, tol);
            Assert.Equal(G("se"), c.StdErr, tol);
            Assert.Equal(G("z"), c.Z, tol);
            Assert.Equal(G("p_wald"), c.PValue, tol);
            Assert.Equal(G("hr_lower"), c.HazardRatioLower, tol);
            Assert.Equal(G("hr_upper"), c.HazardRatioUpper, tol);
        }

        Assert.Equal(Golden.Number(golden.GetProperty("loglik_null")), fit.LogLikelihoodNull, tol);
        Assert.Equal(Golden.Number(golden.GetProperty("loglik")), fit.LogLikelihood, tol);
        AssertTest(golden.GetProperty("likelihood_ratio_test"), fit.LikelihoodRatioTest!, tol);
        AssertTest(golden.GetProperty("wald_test"), fit.WaldTest!, tol);
        AssertTest(golden.GetProperty("score_test"), fit.ScoreTest!, tol);
        Assert.Equal(Golden.Number(golden.GetProperty("aic")), fit.Aic, tol);
        Assert.Equal(golden.GetProperty("iterations").GetInt32(), fit.Iterations);

        var concordance = golden.GetProperty("concordance");
        Assert.Equal(Golden.Number(concordance.GetProperty("c")), fit.Concordance!.C, 1e-12);
        Assert.Equal(Golden.Number(concordance.GetProperty("se")), fit.Concordance.StdErr, 1e-12);
        Assert.Equal(concordance.GetProperty("concordant").GetDouble(), fit.Concordance.Concordant);
        Assert.Equal(concordance.GetProperty("discordant").GetDouble(), fit.Concordance.Discordant);
        Assert.Equal(concordance.GetProperty("tied_x").GetDouble(), fit.Concordance.TiedRisk);
        Assert.Equal(concordance.GetProperty("tied_y").GetDouble(), fit.Concordance.TiedTime);
        Assert.Equal(concordance.GetProperty("tied_xy").GetDouble(), fit.Concordance.TiedTimeAndRisk);
    }

    private static void AssertTest(JsonElement golden, ChiSquareTestResult test, double tol)
    {
        Assert.Equal(Golden.Number(golden.GetProperty("statistic")), test.Statistic, tol);
        Assert.Equal(golden.GetProperty("df").GetInt32(), test.DegreesOfFreedom);
        Assert.Equal(Golden.Number(golden.GetProperty("p")), test.PValue, tol);
    }
}
