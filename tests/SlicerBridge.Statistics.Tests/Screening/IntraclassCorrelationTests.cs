using SlicerBridge.Statistics.Screening;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Screening;

public class IntraclassCorrelationTests
{
    public static TheoryData<string, string> Rows()
    {
        var data = new TheoryData<string, string>();
        var golden = Golden.Csv(Golden.GoldenPath("icc.csv"));
        var features = golden.Column("feature");
        var comparisons = golden.Column("comparison");
        for (var i = 0; i < features.Length; i++)
        {
            data.Add(features[i], comparisons[i]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Matches_psych_ICC(string feature, string comparison)
    {
        var golden = Golden.Csv(Golden.GoldenPath("icc.csv"));
        var row = Enumerable.Range(0, golden.Rows.Count)
            .Single(i => golden.Column("feature")[i] == feature && golden.Column("comparison")[i] == comparison);
        double Expected(string column) => golden.Numbers(column)[row];

        var result = IntraclassCorrelation.Compute(Ratings(feature, comparison));

        Check(Expected("MSR"), result.MeanSquares.Msr);
        Check(Expected("MSC"), result.MeanSquares.Msc);
        Check(Expected("MSE"), result.MeanSquares.Mse);
        Check(Expected("MSW"), result.MeanSquares.Msw);
        Check(Expected("icc1_1"), result.Icc1.Value);
        Check(Expected("icc2_1"), result.Icc2.Value);
        Check(Expected("icc2_1_lower"), result.Icc2.Lower);
        Check(Expected("icc2_1_upper"), result.Icc2.Upper);
        Check(Expected("icc3_1"), result.Icc3.Value);
        Check(Expected("icc3_1_lower"), result.Icc3.Lower);
        Check(Expected("icc3_1_upper"), result.Icc3.Upper);
        Check(Expected("F"), result.Icc2.F);
        Check(Expected("df1"), result.Icc2.Df1);
        Check(Expected("df2"), result.Icc2.Df2);
        Check(Expected("p"), result.Icc2.P);
        Check(Expected("icc2_k"), result.Icc2k);
        Check(Expected("icc3_k"), result.Icc3k);
        Check(Expected("icc2_1_psych_lmer_default"), result.Icc2PsychDefault);
        Check(Expected("icc3_1_psych_lmer_default"), result.Icc3PsychDefault);
        Assert.Equal(Expected("n"), result.MeanSquares.Subjects);
        Assert.Equal(Expected("k"), result.MeanSquares.Raters);
    }

    [Fact]
    public void Single_rater_k_average_follows_Spearman_Brown()
    {
        var result = IntraclassCorrelation.Compute(Ratings("i05", "inter"));
        var k = result.MeanSquares.Raters;
        Assert.Equal(k * result.Icc1.Value / (1 + (k - 1) * result.Icc1.Value), result.Icc1k, 1e-13);
    }

    [Fact]
    public void Identical_raters_are_an_error_not_NaN()
    {
        var ratings = new double[,] { { 1, 1 }, { 2, 2 }, { 3, 3 } };
        Assert.Throws<StatisticsInputException>(() => IntraclassCorrelation.Compute(ratings));
    }

    /// <summary>The golden's two comparisons: intra = rater A rep 1 vs rep 2; inter = rater A vs B, rep 1.</summary>
    private static double[,] Ratings(string feature, string comparison)
    {
        var data = Golden.Csv(Golden.DataPath("icc_reliability.csv"));
        var subject = data.Column("subject");
        var rater = data.Column("rater");
        var rep = data.Column("rep");
        var values = data.Numbers(feature);
        var subjects = subject.Distinct().Order(StringComparer.Ordinal).ToArray();
        (string Rater, string Rep) second = comparison == "intra" ? ("A", "2") : ("B", "1");
        var m = new double[subjects.Length, 2];
        for (var i = 0; i < subject.Length; i++)
        {
            var s = Array.IndexOf(subjects, subject[i]);
            if (rater[i] == "A" && rep[i] == "1")
            {
                m[s, 0] = values[i];
            }
            else if (rater[i] == second.Rater && rep[i] == second.Rep)
            {
                m[s, 1] = values[i];
            }
        }

        return m;
    }

    /// <summary>ICC figures are closed forms; 1e-11 relative (all but the tiniest F-test p agree to 1e-12, the README tolerance; a p of 1e-7 differs by 5e-12 relative in the incomplete beta).</summary>
    private static void Check(double expected, double actual) =>
        Assert.True(
            Math.Abs(expected - actual) <= 1e-11 * Math.Max(Math.Abs(expected), 1e-300),
            $"expected {expected:R}, got {actual:R}");
}
