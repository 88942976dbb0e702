using SlicerBridge.Statistics.GroupComparison;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.GroupComparison;

public class ContingencyTests
{
    private static ContingencyTable ResponseTable()
    {
        var golden = Golden.Json("response_and_logrank.json").GetProperty("table_high_six_twelve_by_response");
        var row0 = Golden.Numbers(golden.GetProperty("rows_high_six_twelve_0"));
        var row1 = Golden.Numbers(golden.GetProperty("rows_high_six_twelve_1"));
        return new ContingencyTable(new[,] { { (int)row0[0], (int)row0[1] }, { (int)row1[0], (int)row1[1] } });
    }

    [Fact]
    public void ChiSquareWithAndWithoutYatesMatchGolden()
    {
        var golden = Golden.Json("response_and_logrank.json");
        var yates = ChiSquareTest.Independence(ResponseTable());
        var plain = ChiSquareTest.Independence(ResponseTable(), yatesCorrection: false);
        Assert.Equal(Golden.Number(golden.GetProperty("chisq_yates").GetProperty("statistic")), yates.Statistic, 1e-10);
        Assert.Equal(Golden.Number(golden.GetProperty("chisq_yates").GetProperty("p")), yates.PValue, 1e-14);
        Assert.Equal(Golden.Number(golden.GetProperty("chisq_no_correction").GetProperty("statistic")), plain.Statistic, 1e-10);
        Assert.Equal(Golden.Number(golden.GetProperty("chisq_no_correction").GetProperty("p")), plain.PValue, 1e-14);
        Assert.Equal(1.0, plain.DegreesOfFreedom);
    }

    [Fact]
    public void ChiSquareLargerTableMatchesRDocumentation()
    {
        // ?chisq.test example M (gender x party): R 4.2.2 gives X-squared = 30.0701490957547, df = 2, p = 2.95358918321176e-07.
        var m = new ContingencyTable(new[,] { { 762, 327, 468 }, { 484, 239, 477 } });
        var test = ChiSquareTest.Independence(m);
        Assert.Equal(30.0701490957547, test.Statistic, 1e-10);
        Assert.Equal(2.0, test.DegreesOfFreedom);
        Assert.Equal(2.95358918321176e-07, test.PValue, 1e-18);
    }

    [Fact]
    public void ChiSquareYatesUsesTheSmallestDeviation()
    {
        // R 4.2.2: chisq.test(matrix(c(12, 5, 7, 7), 2)) -> 0.641120263895032, p 0.423305424322418; correct = FALSE -> 1.37164602683179, p 0.241529274763687.
        var t = new ContingencyTable(new[,] { { 12, 7 }, { 5, 7 } });
        Assert.Equal(0.641120263895032, ChiSquareTest.Independence(t).Statistic, 1e-12);
        Assert.Equal(0.423305424322418, ChiSquareTest.Independence(t).PValue, 1e-12);
        Assert.Equal(1.37164602683179, ChiSquareTest.Independence(t, false).Statistic, 1e-12);
        Assert.Equal(0.241529274763687, ChiSquareTest.Independence(t, false).PValue, 1e-12);
    }

    [Fact]
    public void FisherMatchesGolden()
    {
        var golden = Golden.Json("response_and_logrank.json").GetProperty("fisher");
        var test = FisherExactTest.Compute(ResponseTable());
        Assert.Equal(Golden.Number(golden.GetProperty("p")), test.PValue, 1e-14);
        // R's uniroot stops at tol = eps^0.25 (~1.2e-4); ours is solved to full precision.
        Assert.Equal(Golden.Number(golden.GetProperty("odds_ratio_conditional_mle")), test.OddsRatio, 1e-4);
        var ci = Golden.Numbers(golden.GetProperty("ci"));
        Assert.Equal(ci[0], test.OddsRatioLower, 1e-4);
        Assert.Equal(ci[1], test.OddsRatioUpper, 1e-4);
    }

    [Fact]
    public void FisherTeaTastingMatchesR()
    {
        // ?fisher.test TeaTasting, R 4.2.2: two-sided p 0.485714285714286, OR 6.40830886700579, CI 0.211732915305503 to 621.933750545417;
        // alternative = "greater": p 0.242857142857143, CI 0.313569264110218 to Inf.
        var tea = new ContingencyTable(new[,] { { 3, 1 }, { 1, 3 } });
        var two = FisherExactTest.Compute(tea);
        Assert.Equal(0.485714285714286, two.PValue, 1e-14);
        Assert.Equal(6.40830886700579, two.OddsRatio, 1e-3);
        Assert.Equal(0.211732915305503, two.OddsRatioLower, 1e-4);
        // fisher.test's 621.93 is uniroot at its default tolerance on 1/psi; the same root solved with
        // uniroot(..., tol = 1e-15) in R 4.2.2 is 626.243530588814, which we reproduce.
        Assert.Equal(626.243530588814, two.OddsRatioUpper, 1e-9);
        var greater = FisherExactTest.Compute(tea, Alternative.Greater);
        Assert.Equal(0.242857142857143, greater.PValue, 1e-14);
        Assert.Equal(0.313569264110218, greater.OddsRatioLower, 1e-4);
        Assert.True(double.IsPositiveInfinity(greater.OddsRatioUpper));
    }

    [Fact]
    public void FisherBoundaryAndLessAlternativeMatchR()
    {
        // R 4.2.2: fisher.test(matrix(c(0,5,6,2),2)) -> p 0.020979020979021, OR 0, CI 0 to 0.82577183519107.
        var zero = FisherExactTest.Compute(new ContingencyTable(new[,] { { 0, 6 }, { 5, 2 } }));
        Assert.Equal(0.020979020979021, zero.PValue, 1e-14);
        Assert.Equal(0.0, zero.OddsRatio);
        Assert.Equal(0.0, zero.OddsRatioLower);
        Assert.Equal(0.82577183519107, zero.OddsRatioUpper, 1e-4);
        // fisher.test(matrix(c(2,7,8,2),2), alternative = "less") -> p 0.0185217259520665, OR 0.0858623513573621, CI 0 to 0.678525480340452.
        var less = FisherExactTest.Compute(new ContingencyTable(new[,] { { 2, 8 }, { 7, 2 } }), Alternative.Less);
        Assert.Equal(0.0185217259520665, less.PValue, 1e-14);
        Assert.Equal(0.0858623513573621, less.OddsRatio, 1e-4);
        Assert.Equal(0.678525480340452, less.OddsRatioUpper, 1e-4);
    }

    [Fact]
    public void FisherSymmetricTableHasPValueOneAndOddsRatioOne()
    {
        // Identity: a table whose observed cell is the mode of a symmetric hypergeometric has two-sided p = 1 and conditional MLE 1.
        var test = FisherExactTest.Compute(new ContingencyTable(new[,] { { 5, 5 }, { 5, 5 } }));
        Assert.Equal(1.0, test.PValue, 1e-14);
        Assert.Equal(1.0, test.OddsRatio, 1e-12);
        Assert.Equal(1 / test.OddsRatioUpper, test.OddsRatioLower, 1e-9);
    }

    [Fact]
    public void EmptyRowOrNegativeCountIsRejected()
    {
        Assert.Throws<StatisticsInputException>(() => new ContingencyTable(new[,] { { 0, 0 }, { 3, 4 } }));
        Assert.Throws<StatisticsInputException>(() => new ContingencyTable(new[,] { { -1, 2 }, { 3, 4 } }));
        Assert.Throws<StatisticsInputException>(() => new ContingencyTable(new[,] { { 1, 2 } }));
        Assert.Throws<StatisticsInputException>(() => FisherExactTest.Compute(new ContingencyTable(new[,] { { 1, 2, 3 }, { 3, 4, 5 } })));
    }
}
