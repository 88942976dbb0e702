using SlicerBridge.Statistics.Screening;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Screening;

public class CorrelationFilterTests
{
    [Fact]
    public void Pearson_matrix_of_training_rows_matches_R()
    {
        var cohort = RadiomicsCohort.Instance;
        var r = PearsonCorrelation.Matrix(cohort.Matrix(cohort.Train, cohort.Features));
        var golden = Golden.Csv(Golden.GoldenPath("correlation_matrix_train.csv"));
        Assert.Equal(cohort.Features, golden.Column("feature"));
        for (var b = 0; b < cohort.Features.Length; b++)
        {
            var column = golden.Numbers(cohort.Features[b]);
            for (var a = 0; a < cohort.Features.Length; a++)
            {
                Assert.Equal(column[a], r[a, b], 1e-13);
            }
        }
    }

    [Fact]
    public void Order_stable_filter_keeps_and_drops_the_golden_features()
    {
        var cohort = RadiomicsCohort.Instance;
        var golden = Golden.Json("correlation_filter.json");
        var r = PearsonCorrelation.Matrix(cohort.Matrix(cohort.Train, cohort.Features));

        var kept = RedundancyFilter.Keep(r, Golden.Number(golden.GetProperty("cutoff")));

        Assert.Equal(Golden.Strings(golden.GetProperty("kept")), kept.Select(j => cohort.Features[j]));
        Assert.Equal(
            Golden.Strings(golden.GetProperty("dropped")),
            cohort.Features.Where((_, j) => !kept.Contains(j)));
    }

    [Fact]
    public void Pairs_above_the_cutoff_are_the_golden_pairs()
    {
        var cohort = RadiomicsCohort.Instance;
        var r = PearsonCorrelation.Matrix(cohort.Matrix(cohort.Train, cohort.Features));
        var expected = Golden.Json("correlation_filter.json").GetProperty("pairs_above_cutoff").EnumerateArray()
            .Select(e => (A: e.GetProperty("feature_a").GetString()!, B: e.GetProperty("feature_b").GetString()!, R: Golden.Number(e.GetProperty("r"))))
            .ToArray();
        var ours = new List<(string A, string B, double R)>();
        for (var a = 0; a < cohort.Features.Length; a++)
        {
            for (var b = a + 1; b < cohort.Features.Length; b++)
            {
                if (Math.Abs(r[a, b]) > 0.9)
                {
                    ours.Add((cohort.Features[a], cohort.Features[b], r[a, b]));
                }
            }
        }

        Assert.Equal(expected.Select(e => (e.A, e.B)), ours.Select(o => (o.A, o.B)));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].R, ours[i].R, 1e-13);
        }
    }

    [Fact]
    public void A_pair_whose_first_member_was_dropped_does_not_remove_the_second()
    {
        // a~b and b~c exceed the cutoff but a~c does not: b goes (it clashes with a), c stays.
        var r = new[,] { { 1, 0.95, 0.5 }, { 0.95, 1, 0.95 }, { 0.5, 0.95, 1 } };
        Assert.Equal([0, 2], RedundancyFilter.Keep(r, 0.9));
    }
}
