using System.Text.Json;
using SlicerBridge.Statistics.Discrimination;
using SlicerBridge.Statistics.Tests.Support;

namespace SlicerBridge.Statistics.Tests.Discrimination;

/// <summary>pROC 1.18.0 goldens (roc.json, roc_curve_train_combined.csv); AUC and DeLong at 1e-10 absolute.</summary>
public class RocCurveTests
{
    private const double Tight = 1e-10;

    public static TheoryData<string, string> Models() => new()
    {
        { "train", "radscore_raw" }, { "train", "radscore_model" }, { "train", "combined_model" },
        { "validation", "radscore_raw" }, { "validation", "radscore_model" }, { "validation", "combined_model" },
    };

    [Theory]
    [MemberData(nameof(Models))]
    public void AucDeLongAndYoudenMatchPRoc(string set, string model)
    {
        var golden = Golden.Json("roc.json").GetProperty(set).GetProperty(model);
        var data = RadscorePredictions.Load(set);
        var roc = RocCurve.Create(data.Outcome, data.Predictor(model));

        Assert.Equal(golden.GetProperty("direction").GetString(), roc.Direction == RocDirection.ControlsLower ? "<" : ">");
        Assert.Equal(golden.GetProperty("n_controls").GetInt32(), roc.Controls.Length);
        Assert.Equal(golden.GetProperty("n_cases").GetInt32(), roc.Cases.Length);
        Assert.Equal(Golden.Number(golden.GetProperty("auc")), roc.Auc, Tight);
        Assert.Equal(Golden.Number(golden.GetProperty("var_delong")), roc.DeLongVariance, 1e-14);
        var ci = roc.DeLongInterval();
        var gci = golden.GetProperty("ci_delong");
        Assert.Equal(Golden.Number(gci.GetProperty("lower")), ci.Lower, Tight);
        Assert.Equal(Golden.Number(gci.GetProperty("upper")), ci.Upper, Tight);

        var best = roc.YoudenOptimal();
        var goldenBest = golden.GetProperty("youden_best").EnumerateArray().ToArray();
        Assert.Equal(goldenBest.Length, best.Count);
        for (var i = 0; i < best.Count; i++)
        {
            AssertCoordinates(goldenBest[i], roc.Classify(best[i].Threshold));
            Assert.Equal(Golden.Number(goldenBest[i].GetProperty("threshold")), best[i].Threshold, 1e-14);
        }
    }

    [Fact]
    public void CurveMatchesPRocThresholdsAndCoordinates()
    {
        var table = Golden.Csv(Golden.GoldenPath("roc_curve_train_combined.csv"));
        var data = RadscorePredictions.Load("train");
        var roc = RocCurve.Create(data.Outcome, data.CombinedModel);
        var thresholds = table.Numbers("threshold");
        var sp = table.Numbers("specificity");
        var se = table.Numbers("sensitivity");
        Assert.Equal(thresholds.Length, roc.Points.Count);
        for (var i = 0; i < thresholds.Length; i++)
        {
            // The CSV holds 15 significant digits, so thresholds compare at that precision.
            Assert.Equal(thresholds[i], roc.Points[i].Threshold, Math.Abs(thresholds[i]) * 1e-14);
            Assert.Equal(sp[i], roc.Points[i].Specificity, 1e-14);
            Assert.Equal(se[i], roc.Points[i].Sensitivity, 1e-14);
        }
    }

    [Theory]
    [InlineData("train")]
    [InlineData("validation")]
    public void PairedDeLongTestMatchesRocTest(string set)
    {
        var golden = Golden.Json("roc.json").GetProperty("roc_test_delong_paired").GetProperty(set);
        var data = RadscorePredictions.Load(set);
        var test = PairedDeLongTest.Compare(
            RocCurve.Create(data.Outcome, data.RadscoreModel),
            RocCurve.Create(data.Outcome, data.CombinedModel));
        Assert.Equal(Golden.Number(golden.GetProperty("statistic_z")), test.Z, Tight);
        Assert.Equal(Golden.Number(golden.GetProperty("p_value")), test.PValue, Tight);
        Assert.Equal(Golden.Number(golden.GetProperty("auc1")), test.Auc1, Tight);
        Assert.Equal(Golden.Number(golden.GetProperty("auc2")), test.Auc2, Tight);
    }

    [Fact]
    public void TrainingThresholdAppliedToValidationMatches()
    {
        var golden = Golden.Json("roc.json").GetProperty("validation_at_train_youden_threshold").GetProperty("metrics");
        var train = RadscorePredictions.Load("train");
        var validation = RadscorePredictions.Load("validation");
        var threshold = RocCurve.Create(train.Outcome, train.CombinedModel).YoudenOptimal()[0].Threshold;
        var table = ConfusionMatrix.At(validation.Outcome, validation.CombinedModel, threshold, RocDirection.ControlsLower);
        AssertCoordinates(golden, table);
    }

    [Fact]
    public void AutoDirectionPicksGreaterWhenControlsScoreHigher()
    {
        var golden = Golden.Json("response_and_logrank.json").GetProperty("roc_score_for_response");
        var outcomes = Golden.Csv(Golden.DataPath("outcomes_cohort.csv"));
        var response = outcomes.Numbers("response").Select(v => (int)v).ToArray();
        var score = outcomes.Numbers("score");

        var auto = RocCurve.Create(response, score);
        Assert.Equal(RocDirection.ControlsHigher, auto.Direction);
        Assert.Equal(Golden.Number(golden.GetProperty("auc_auto")), auto.Auc, Tight);
        var ci = Golden.Numbers(golden.GetProperty("ci_delong_auto"));
        var interval = auto.DeLongInterval();
        Assert.Equal(ci[0], interval.Lower, Tight);
        Assert.Equal(ci[2], interval.Upper, Tight);

        var forced = RocCurve.Create(response, score, RocDirection.ControlsLower);
        Assert.Equal(Golden.Number(golden.GetProperty("auc_direction_lt")), forced.Auc, Tight);
        Assert.True(auto.Points.Zip(auto.Points.Skip(1)).All(p => p.First.Specificity <= p.Second.Specificity));
    }

    [Fact]
    public void GreaterDirectionCurveAndTruncatedIntervalMatchPRoc()
    {
        // pROC 1.18.0: r <- roc(c(0,0,0,1,1,1), c(5,4,3,3,2,1)): direction ">", thresholds Inf 4.5 3.5 2.5 1.5 -Inf,
        // sp 0 1/3 2/3 1 1 1, se 1 1 1 2/3 1/3 0; auc 0.944444444444444, var 0.00617283950617284,
        // ci.auc 0.790455130627814 to 1 (truncated); coords "best": thresholds 3.5 and 2.5.
        var roc = RocCurve.Create([0, 0, 0, 1, 1, 1], [5.0, 4, 3, 3, 2, 1]);
        Assert.Equal(RocDirection.ControlsHigher, roc.Direction);
        Assert.Equal([double.PositiveInfinity, 4.5, 3.5, 2.5, 1.5, double.NegativeInfinity], roc.Points.Select(p => p.Threshold));
        Assert.Equal([0, 1 / 3.0, 2 / 3.0, 1, 1, 1], roc.Points.Select(p => p.Specificity).ToArray(), new Tolerance(1e-15));
        Assert.Equal([1, 1, 1, 2 / 3.0, 1 / 3.0, 0], roc.Points.Select(p => p.Sensitivity).ToArray(), new Tolerance(1e-15));
        Assert.Equal(0.944444444444444, roc.Auc, 1e-14);
        Assert.Equal(0.00617283950617284, roc.DeLongVariance, 1e-16);
        var ci = roc.DeLongInterval();
        Assert.Equal(0.790455130627814, ci.Lower, 1e-12);
        Assert.Equal(1.0, ci.Upper);
        Assert.Equal([3.5, 2.5], roc.YoudenOptimal().Select(p => p.Threshold));
        var table = roc.Classify(2.5);   // '>' calls predictor <= threshold a case
        Assert.Equal((2, 0, 3, 1), (table.TruePositive, table.FalsePositive, table.TrueNegative, table.FalseNegative));
    }

    [Fact]
    public void AllTiedYoudenMaximaAreReturned()
    {
        // pROC 1.18.0: coords(roc(c(0,0,1,1,0,1,1,0), c(.1,.3,.3,.8,.5,.5,.9,.2)), "best") -> thresholds 0.25, 0.40, 0.65.
        var roc = RocCurve.Create([0, 0, 1, 1, 0, 1, 1, 0], [0.1, 0.3, 0.3, 0.8, 0.5, 0.5, 0.9, 0.2]);
        Assert.Equal([0.25, 0.4, 0.65], roc.YoudenOptimal().Select(p => Math.Round(p.Threshold, 12)));
    }

    [Fact]
    public void OneClassIsRejected()
    {
        var ex = Assert.Throws<StatisticsInputException>(() => RocCurve.Create([1, 1, 1], [0.1, 0.2, 0.3]));
        Assert.Contains("one class", ex.Message);
        Assert.Throws<StatisticsInputException>(() => RocCurve.Create([0, 1, 2], [0.1, 0.2, 0.3]));
        Assert.Throws<StatisticsInputException>(() => RocCurve.Create([0, 1], [0.1, double.NaN]));
        Assert.Throws<StatisticsInputException>(() => RocCurve.Create([0, 1], [0.1]));
    }

    [Fact]
    public void AllTiedPredictorGivesChanceAucAndTwoPoints()
    {
        // One distinct value: thresholds are -Inf and +Inf only, and every pair is a tie worth 1/2.
        var roc = RocCurve.Create([0, 0, 1, 1], [0.3, 0.3, 0.3, 0.3]);
        Assert.Equal(0.5, roc.Auc, 15);
        Assert.Equal(2, roc.Points.Count);
        Assert.Equal(0.0, roc.DeLongVariance, 15);
    }

    private sealed class Tolerance(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }

    private static void AssertCoordinates(JsonElement golden, ConfusionMatrix table)
    {
        Assert.Equal(golden.GetProperty("tp").GetDouble(), table.TruePositive);
        Assert.Equal(golden.GetProperty("fp").GetDouble(), table.FalsePositive);
        Assert.Equal(golden.GetProperty("tn").GetDouble(), table.TrueNegative);
        Assert.Equal(golden.GetProperty("fn").GetDouble(), table.FalseNegative);
        Assert.Equal(Golden.Number(golden.GetProperty("sensitivity")), table.Sensitivity().Estimate, 1e-14);
        Assert.Equal(Golden.Number(golden.GetProperty("specificity")), table.Specificity().Estimate, 1e-14);
        Assert.Equal(Golden.Number(golden.GetProperty("ppv")), table.PositivePredictiveValue().Estimate, 1e-14);
        Assert.Equal(Golden.Number(golden.GetProperty("npv")), table.NegativePredictiveValue().Estimate, 1e-14);
        Assert.Equal(Golden.Number(golden.GetProperty("accuracy")), table.Accuracy().Estimate, 1e-14);
    }
}
