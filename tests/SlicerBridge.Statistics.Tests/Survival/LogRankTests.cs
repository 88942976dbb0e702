using SlicerBridge.Statistics.Survival;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Survival;

/// <summary>survdiff goldens (response_and_logrank.json, cutpoint.json) at 1e-10.</summary>
public class LogRankTests
{
    private const double Tol = 1e-10;

    [Fact]
    public void ByHighSixTwelveMatchesSurvdiff()
    {
        var cohort = new OutcomesCohort();
        var test = LogRankTest<int>.Compute(cohort.Time, cohort.Status, cohort.Ints("high_six_twelve"));
        AssertMatches(Golden.Json("response_and_logrank.json").GetProperty("logrank_high_six_twelve"), test);
    }

    [Fact]
    public void UnequalVariancesAcrossThreeGroupsUseTheFirstKMinusOne()
    {
        // Identity: with k groups the statistic is invariant to which k-1 groups enter the quadratic form,
        // and sum(O) = sum(E). Checked by relabelling so a different group is dropped.
        var cohort = new OutcomesCohort();
        var groups = cohort.Numbers("age").Select(a => a < 60 ? 0 : a < 70 ? 1 : 2).ToArray();
        var a = LogRankTest<int>.Compute(cohort.Time, cohort.Status, groups);
        var b = LogRankTest<int>.Compute(cohort.Time, cohort.Status, groups.Select(g => (g + 1) % 3).ToArray());
        Assert.Equal(2, a.DegreesOfFreedom);
        Assert.Equal(a.ChiSquare, b.ChiSquare, 1e-10);
        Assert.Equal(a.Observed.Sum(), a.Expected.Sum(), 1e-10);
    }

    [Fact]
    public void DegenerateInputIsRejected()
    {
        Assert.Throws<StatisticsInputException>(() => LogRankTest<int>.Compute([1.0, 2, 3], [1, 0, 1], [0, 0, 0]));
        Assert.Throws<StatisticsInputException>(() => LogRankTest<int>.Compute([1.0, 2, 3], [0, 0, 0], [0, 1, 1]));
    }

    internal static void AssertMatches(System.Text.Json.JsonElement golden, LogRankTest<string> test) =>
        AssertCore(golden, test.Groups.ToArray(), test.Counts, test.Observed, test.Expected, test.Variance, test.ChiSquare, test.DegreesOfFreedom, test.PValue);

    private static void AssertMatches(System.Text.Json.JsonElement golden, LogRankTest<int> test) =>
        AssertCore(golden, test.Groups.Select(g => g.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            test.Counts, test.Observed, test.Expected, test.Variance, test.ChiSquare, test.DegreesOfFreedom, test.PValue);

    private static void AssertCore(System.Text.Json.JsonElement golden, string[] groups, IReadOnlyList<int> counts, IReadOnlyList<double> observed,
        IReadOnlyList<double> expected, double[,] variance, double chi, int df, double p)
    {
        Assert.Equal(Golden.Strings(golden.GetProperty("groups")), groups);
        Assert.Equal(Golden.Numbers(golden.GetProperty("n")), counts.Select(c => (double)c));
        var o = Golden.Numbers(golden.GetProperty("observed"));
        var e = Golden.Numbers(golden.GetProperty("expected"));
        var v = golden.GetProperty("variance").EnumerateArray().Select(Golden.Numbers).ToArray();
        for (var g = 0; g < groups.Length; g++)
        {
            Assert.Equal(o[g], observed[g], Tol);
            Assert.Equal(e[g], expected[g], Tol);
            for (var h = 0; h < groups.Length; h++)
            {
                Assert.Equal(v[g][h], variance[g, h], Tol);
            }
        }

        Assert.Equal(Golden.Number(golden.GetProperty("chisq")), chi, Tol);
        Assert.Equal(golden.GetProperty("df").GetInt32(), df);
        Assert.Equal(Golden.Number(golden.GetProperty("p_value")), p, Tol);
    }
}
