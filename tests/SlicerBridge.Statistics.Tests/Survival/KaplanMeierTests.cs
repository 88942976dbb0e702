using System.Text.Json;
using SlicerBridge.Statistics.Survival;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Survival;

/// <summary>survival 3.5-3 survfit goldens (km_table.csv, km.json) at 1e-12; closed forms.</summary>
public class KaplanMeierTests
{
    private const double Tol = 1e-12;
    private static readonly double[] ReadTimes = [6, 12, 24, 36];

    [Fact]
    public void TablesMatchSurvfit()
    {
        var cohort = new OutcomesCohort();
        var table = Golden.Csv(Golden.GoldenPath("km_table.csv"));
        var strata = table.Column("strata");
        var curves = new Dictionary<string, KaplanMeierEstimate>
        {
            ["all"] = KaplanMeierEstimate.Compute(cohort.Time, cohort.Status),
        };
        foreach (var (group, estimate) in KaplanMeierEstimate.ByGroup(cohort.Time, cohort.Status, cohort.Ints("high_six_twelve")))
        {
            curves[group.ToString(System.Globalization.CultureInfo.InvariantCulture)] = estimate;
        }

        var rowInStratum = new Dictionary<string, int>();
        string[] columns = ["time", "n_risk", "n_event", "n_censor", "surv", "std_err", "std_err_surv", "lower", "upper"];
        var values = columns.ToDictionary(c => c, table.Numbers);
        for (var r = 0; r < strata.Length; r++)
        {
            var k = rowInStratum.GetValueOrDefault(strata[r]);
            rowInStratum[strata[r]] = k + 1;
            var step = curves[strata[r]].Steps[k];
            Assert.Equal(values["time"][r], step.Time);
            Assert.Equal(values["n_risk"][r], step.AtRisk);
            Assert.Equal(values["n_event"][r], step.Events);
            Assert.Equal(values["n_censor"][r], step.Censored);
            Assert.Equal(values["surv"][r], step.Survival, Tol);
            Assert.Equal(values["std_err"][r], step.StdErrLogSurvival, Tol);
            Assert.Equal(values["std_err_surv"][r], step.StdErrSurvival!.Value, Tol);
            Assert.Equal(values["lower"][r], step.Lower!.Value, Tol);
            Assert.Equal(values["upper"][r], step.Upper!.Value, Tol);
        }

        foreach (var (name, curve) in curves)
        {
            Assert.Equal(rowInStratum[name], curve.Steps.Count);
        }
    }

    [Fact]
    public void MediansQuartilesAndSurvivalAtTimesMatch()
    {
        var cohort = new OutcomesCohort();
        var golden = Golden.Json("km.json");
        var curves = new List<(string, KaplanMeierEstimate)> { ("all", KaplanMeierEstimate.Compute(cohort.Time, cohort.Status)) };
        curves.AddRange(KaplanMeierEstimate.ByGroup(cohort.Time, cohort.Status, cohort.Ints("high_six_twelve"))
            .Select(g => (g.Group.ToString(System.Globalization.CultureInfo.InvariantCulture), g.Estimate)));

        var medians = golden.GetProperty("medians").EnumerateArray().ToArray();
        var at = golden.GetProperty("survival_at").EnumerateArray().ToArray();
        for (var s = 0; s < curves.Count; s++)
        {
            var (name, curve) = curves[s];
            var row = medians[s];
            Assert.Equal(name, row.GetProperty("strata").GetString());
            Assert.Equal(row.GetProperty("records").GetInt32(), curve.Records);
            Assert.Equal(row.GetProperty("events").GetInt32(), curve.Events);
            var median = curve.Median;
            AssertOptional(row.GetProperty("median"), median.Estimate);
            AssertOptional(row.GetProperty("median_lcl"), median.Lower);
            AssertOptional(row.GetProperty("median_ucl"), median.Upper);
            AssertOptional(row.GetProperty("q25"), curve.Quantile(0.25).Estimate);
            AssertOptional(row.GetProperty("q75"), curve.Quantile(0.75).Estimate);

            var readings = curve.At(ReadTimes);
            for (var k = 0; k < ReadTimes.Length; k++)
            {
                var g = at[s * ReadTimes.Length + k];
                Assert.Equal(name, g.GetProperty("strata").GetString());
                Assert.Equal(Golden.Number(g.GetProperty("time")), readings[k].Time);
                Assert.Equal(g.GetProperty("n_risk").GetInt32(), readings[k].AtRisk);
                Assert.Equal(Golden.Number(g.GetProperty("surv")), readings[k].Survival, Tol);
                Assert.Equal(Golden.Number(g.GetProperty("std_err_surv")), readings[k].StdErrSurvival!.Value, Tol);
                Assert.Equal(Golden.Number(g.GetProperty("lower")), readings[k].Lower!.Value, Tol);
                Assert.Equal(Golden.Number(g.GetProperty("upper")), readings[k].Upper!.Value, Tol);
            }
        }
    }

    [Fact]
    public void AllCensoredGivesFlatCurveAndNoMedian()
    {
        // survival 3.5-3, survfit(Surv(1:3, c(0,0,0)) ~ 1): S = 1 throughout, std.err 0, CI [1, 1]; median NA.
        var km = KaplanMeierEstimate.Compute([1.0, 2, 3], [0, 0, 0]);
        Assert.All(km.Steps, s => Assert.Equal(1.0, s.Survival));
        Assert.All(km.Steps, s => Assert.Equal(1.0, s.Lower));
        Assert.Null(km.Median.Estimate);
    }

    [Fact]
    public void CurveReachingZeroHasNoConfidenceLimitsThere()
    {
        var km = KaplanMeierEstimate.Compute([1.0, 2], [1, 1]);
        Assert.Equal(0.0, km.Steps[^1].Survival);
        Assert.Null(km.Steps[^1].Lower);
        Assert.Null(km.Steps[^1].Upper);
        Assert.Null(km.Steps[^1].StdErrSurvival);
        Assert.True(double.IsPositiveInfinity(km.Steps[^1].StdErrLogSurvival));
        // survfit(Surv(1:2, c(1,1)) ~ 1): std.err Inf and CI NA at S = 0; median 1.5 (S = 0.5 exactly on [1, 2)).
        Assert.Equal(1.5, km.Median.Estimate);
    }

    [Fact]
    public void FlatStretchesFollowSurvivalsTwoMedianRules()
    {
        // survival 3.5-3: survfit(Surv(c(1,2,3,4), c(1,1,0,0)) ~ 1): S = 0.5 from t = 2 to the end.
        // summary(fit)$table median 2, LCL 1, UCL NA; quantile(fit, 0.5) 3 (midpoint with the last time).
        var flat = KaplanMeierEstimate.Compute([1.0, 2, 3, 4], [1, 1, 0, 0]);
        Assert.Equal(2.0, flat.Median.Estimate);
        Assert.Equal(1.0, flat.Median.Lower);
        Assert.Null(flat.Median.Upper);
        Assert.Equal(3.0, flat.Quantile(0.5).Estimate);

        // survfit(Surv(1:8, c(1,1,0,0,1,0,0,0)) ~ 1): median NA (LCL 5); quantile 0.25 = 3.5 (midpoint 2..5).
        var late = KaplanMeierEstimate.Compute([1.0, 2, 3, 4, 5, 6, 7, 8], [1, 1, 0, 0, 1, 0, 0, 0]);
        Assert.Null(late.Median.Estimate);
        Assert.Equal(5.0, late.Median.Lower);
        Assert.Equal(3.5, late.Quantile(0.25).Estimate);

        // summary(survfit(Surv(1:4, c(1,0,1,0)) ~ 1), times = c(0.5, 2.5, 10), extend = TRUE):
        // n.risk 4 2 0; surv 1 0.75 0.375; std.err 0 0.21650635094611 0.28641098093474; lower 1 0.425932268497982 0.0839296381045798.
        var at = KaplanMeierEstimate.Compute([1.0, 2, 3, 4], [1, 0, 1, 0]).At([0.5, 2.5, 10]);
        Assert.Equal([4, 2, 0], at.Select(a => a.AtRisk));
        Assert.Equal(0.375, at[2].Survival, 1e-15);
        Assert.Equal(0.28641098093474, at[2].StdErrSurvival!.Value, 1e-13);
        Assert.Equal(0.425932268497982, at[1].Lower!.Value, 1e-14);
        Assert.Equal(0.0839296381045798, at[2].Lower!.Value, 1e-15);
    }

    [Fact]
    public void BadInputIsRejected()
    {
        Assert.Throws<StatisticsInputException>(() => KaplanMeierEstimate.Compute([], []));
        Assert.Throws<StatisticsInputException>(() => KaplanMeierEstimate.Compute([1.0, -2], [1, 0]));
        Assert.Throws<StatisticsInputException>(() => KaplanMeierEstimate.Compute([1.0, double.NaN], [1, 0]));
        Assert.Throws<StatisticsInputException>(() => KaplanMeierEstimate.Compute([1.0, 2], [1, 2]));
    }

    private static void AssertOptional(JsonElement golden, double? actual)
    {
        if (golden.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(actual);
        }
        else
        {
            Assert.NotNull(actual);
            Assert.Equal(golden.GetDouble(), actual.Value, Tol);
        }
    }
}
