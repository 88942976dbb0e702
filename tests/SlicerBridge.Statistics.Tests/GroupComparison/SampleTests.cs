using SlicerBridge.Statistics.GroupComparison;

namespace SlicerBridge.Statistics.Tests.GroupComparison;

/// <summary>t, Wilcoxon, Shapiro-Wilk and Bartlett against R 4.2.2 on R's own datasets (calls quoted).</summary>
public class SampleTests
{
    [Fact]
    public void WelchAndStudentMatchTTestOnSleep()
    {
        // t.test(extra ~ group, data = sleep): t -1.86081346748685, df 17.7764735161785, p 0.0793941401873582, CI -3.36548323071171 0.20548323071171.
        var welch = TTest.Welch(RDatasets.SleepGroup1, RDatasets.SleepGroup2);
        Assert.Equal(-1.86081346748685, welch.T, 1e-12);
        Assert.Equal(17.7764735161785, welch.DegreesOfFreedom, 1e-10);
        Assert.Equal(0.0793941401873582, welch.PValue, 1e-12);
        Assert.Equal(-3.36548323071171, welch.Lower, 1e-9);
        Assert.Equal(0.20548323071171, welch.Upper, 1e-9);

        // var.equal = TRUE: df 18, p 0.0791867142159382, CI -3.3638740322876 0.203874032287599.
        var student = TTest.Student(RDatasets.SleepGroup1, RDatasets.SleepGroup2);
        Assert.Equal(-1.86081346748685, student.T, 1e-12);
        Assert.Equal(18.0, student.DegreesOfFreedom);
        Assert.Equal(0.0791867142159382, student.PValue, 1e-12);
        Assert.Equal(-3.3638740322876, student.Lower, 1e-9);
        Assert.Equal(0.203874032287599, student.Upper, 1e-9);

        // alternative = "greater": p 0.960302929906321, CI -3.05338149733161 to Inf.
        var greater = TTest.Welch(RDatasets.SleepGroup1, RDatasets.SleepGroup2, Alternative.Greater);
        Assert.Equal(0.960302929906321, greater.PValue, 1e-12);
        Assert.Equal(-3.05338149733161, greater.Lower, 1e-9);
    }

    [Fact]
    public void WilcoxonExactMatchesRDocumentationExample()
    {
        // ?wilcox.test (Hollander & Wolfe): W = 35; two-sided p 0.254412254412254, greater 0.127206127206127, less 0.896769896769897.
        double[] x = [0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
        double[] y = [1.15, 0.88, 0.90, 0.74, 1.21];
        var two = WilcoxonRankSumTest.Compute(x, y);
        Assert.True(two.Exact);
        Assert.Equal(35.0, two.W);
        Assert.Equal(0.254412254412254, two.PValue, 1e-14);
        Assert.Equal(0.127206127206127, WilcoxonRankSumTest.Compute(x, y, Alternative.Greater).PValue, 1e-14);
        Assert.Equal(0.896769896769897, WilcoxonRankSumTest.Compute(x, y, Alternative.Less).PValue, 1e-14);
    }

    [Fact]
    public void WilcoxonWithTiesUsesCorrectedNormalApproximation()
    {
        // wilcox.test(extra ~ group, data = sleep): W = 25.5, p 0.0693275754336266; less 0.0346637877168133; correct = FALSE 0.0637222501550252.
        var test = WilcoxonRankSumTest.Compute(RDatasets.SleepGroup1, RDatasets.SleepGroup2);
        Assert.False(test.Exact);
        Assert.Equal(25.5, test.W);
        Assert.Equal(0.0693275754336266, test.PValue, 1e-14);
        Assert.Equal(0.0346637877168133, WilcoxonRankSumTest.Compute(RDatasets.SleepGroup1, RDatasets.SleepGroup2, Alternative.Less).PValue, 1e-14);
        Assert.Equal(0.0637222501550252, WilcoxonRankSumTest.Compute(RDatasets.SleepGroup1, RDatasets.SleepGroup2, continuityCorrection: false).PValue, 1e-14);
    }

    [Fact]
    public void WilcoxonLargeSamplesUseTheNormalApproximation()
    {
        // set.seed(1); a <- round(rnorm(60), 6); b <- round(rnorm(55, 0.5), 6); wilcox.test(a, b): W = 1169, p 0.00713913382103246.
        var test = WilcoxonRankSumTest.Compute(LargeA, LargeB);
        Assert.False(test.Exact);
        Assert.Equal(1169.0, test.W);
        Assert.Equal(0.00713913382103246, test.PValue, 1e-14);
    }

    [Theory]
    [InlineData("mtcars", 0.947564726479274, 0.122881358539443)]
    [InlineData("women", 0.960357180526788, 0.698605473524898)]
    [InlineData("n3", 0.964285714285714, 0.636886845028963)]
    [InlineData("n4", 0.8068856645677, 0.115152981754537)]
    [InlineData("n5", 0.939164943530258, 0.660040469579352)]
    [InlineData("n11", 0.788814694835387, 0.00670381405650293)]
    [InlineData("n18", 0.508472905841438, 9.50223652107137e-07)]
    public void ShapiroWilkMatchesShapiroTest(string sample, double w, double p)
    {
        // shapiro.test(...) in R 4.2.2 on mtcars$mpg, women$weight, c(1,2,4), c(1,2,3,10), c(2.1,3.5,1.2,7.7,4.4),
        // c(148,154,158,160,161,162,166,170,182,195,236) and a heavy-tailed n = 18 sample (values below).
        double[] x = sample switch
        {
            "mtcars" => RDatasets.MtcarsMpg,
            "women" => RDatasets.WomenWeight,
            "n3" => [1, 2, 4],
            "n4" => [1, 2, 3, 10],
            "n5" => [2.1, 3.5, 1.2, 7.7, 4.4],
            "n11" => [148, 154, 158, 160, 161, 162, 166, 170, 182, 195, 236],
            _ => [1, 1, 1, 1, 2, 2, 2, 5, 9, 30, 31, 30, 80, 90, 100, 200, 400, 1000],
        };
        var test = ShapiroWilkTest.Compute(x);
        Assert.Equal(w, test.W, 1e-12);
        Assert.Equal(p, test.PValue, Math.Max(1e-12, p * 1e-9));
    }

    [Fact]
    public void BartlettMatchesInsectSprays()
    {
        // bartlett.test(count ~ spray, data = InsectSprays): K-squared 25.9598253203687, df 5, p 9.08512233294531e-05.
        var test = BartlettTest.Compute(RDatasets.InsectSprays);
        Assert.Equal(25.9598253203687, test.Statistic, 1e-10);
        Assert.Equal(5.0, test.DegreesOfFreedom);
        Assert.Equal(9.08512233294531e-05, test.PValue, 1e-15);
    }

    [Fact]
    public void DegenerateSamplesAreRejected()
    {
        Assert.Throws<StatisticsInputException>(() => TTest.Welch([1.0], [2.0, 3.0]));
        Assert.Throws<StatisticsInputException>(() => TTest.Welch([1.0, 1.0], [1.0, 1.0]));
        Assert.Throws<StatisticsInputException>(() => TTest.Student([], [2.0, 3.0]));
        Assert.Throws<StatisticsInputException>(() => WilcoxonRankSumTest.Compute([], [1.0]));
        Assert.Throws<StatisticsInputException>(() => WilcoxonRankSumTest.Compute([1.0, 1.0], [1.0, 1.0]));
        Assert.Throws<StatisticsInputException>(() => ShapiroWilkTest.Compute([1.0, 2.0]));
        Assert.Throws<StatisticsInputException>(() => ShapiroWilkTest.Compute([3.0, 3.0, 3.0]));
        Assert.Throws<StatisticsInputException>(() => BartlettTest.Compute([[1.0, 2.0]]));
        Assert.Throws<StatisticsInputException>(() => BartlettTest.Compute([[1.0, 2.0], [4.0, 4.0]]));
        Assert.Throws<StatisticsInputException>(() => BartlettTest.Compute([[1.0, double.NaN], [4.0, 5.0]]));
    }

    private static readonly double[] LargeA =
    [
        -0.626454, 0.183643, -0.835629, 1.595281, 0.329508, -0.820468, 0.487429, 0.738325, 0.575781, -0.305388, 1.511781, 0.389843,
        -0.621241, -2.214700, 1.124931, -0.044934, -0.016190, 0.943836, 0.821221, 0.593901, 0.918977, 0.782136, 0.074565, -1.989352,
        0.619826, -0.056129, -0.155796, -1.470752, -0.478150, 0.417942, 1.358680, -0.102788, 0.387672, -0.053805, -1.377060, -0.414995,
        -0.394290, -0.059313, 1.100025, 0.763176, -0.164524, -0.253362, 0.696963, 0.556663, -0.688756, -0.707495, 0.364582, 0.768533,
        -0.112346, 0.881108, 0.398106, -0.612026, 0.341120, -1.129363, 1.433024, 1.980400, -0.367221, -1.044135, 0.569720, -0.135055,
    ];

    private static readonly double[] LargeB =
    [
        2.901618, 0.460760, 1.189739, 0.528002, -0.243273, 0.688792, -1.304959, 1.965555, 0.653253, 2.672612, 0.975510, -0.209946,
        1.110726, -0.434098, -0.753633, 0.791446, 0.056708, 0.501105, 0.574341, -0.089521, -0.068669, 0.364821, 1.678087, -1.023567,
        1.093946, 0.832950, 1.563100, 0.195816, 0.870019, 0.767099, -0.042520, 1.707868, 1.660403, 1.200214, 2.086833, 1.058486,
        -0.776592, -0.073265, -0.724613, 0.026599, -0.120367, 0.542116, -0.410922, 0.658029, -0.154585, 2.267287, 1.216707, 1.410174,
        0.884185, 2.182176, -0.135736, 0.038355, 1.932282, -0.150696, 0.292619,
    ];
}
