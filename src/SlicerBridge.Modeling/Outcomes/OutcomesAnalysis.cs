using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Tables;
using SlicerBridge.Statistics;
using SlicerBridge.Statistics.GroupComparison;
using SlicerBridge.Statistics.Survival;

namespace SlicerBridge.Modeling.Outcomes;

/// <summary>
/// The study's TACE outcomes analysis (R: survival, survminer, stats): cut the score (given value or
/// <c>surv_cutpoint(minprop)</c>), high = score &gt; cut-off as <c>surv_categorize</c>; Kaplan-Meier per
/// group with medians and numbers at risk; log-rank; univariable, multivariable and optionally
/// stepwise-AIC Cox models over the score group and covariates; response by group and the score by
/// response. Bad data throws <see cref="InvalidInputException"/> (table problems) or
/// <see cref="StatisticsInputException"/> (data the statistics cannot use, e.g. a constant covariate).
/// </summary>
public static class OutcomesAnalysis
{
    public const string Low = "low";
    public const string High = "high";

    /// <summary>Expected counts below this make Fisher's exact test the one to rely on.</summary>
    private const double MinExpectedForChiSquare = 5;

    public static OutcomesResult Run(CsvTable table, OutcomesOptions options) => Run(OutcomesData.FromTable(table, options), options);

    internal static OutcomesResult Run(OutcomesData data, OutcomesOptions options)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var cutoff = Cut(data, options);
        var high = data.Score.Select(s => s > cutoff.Value ? 1 : 0).ToArray();
        var nHigh = high.Sum();
        if (nHigh == 0 || nHigh == data.Count)
        {
            throw new InvalidInputException(
                $"cut-off {cutoff.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} puts every patient in the {(nHigh == 0 ? Low : High)} group of '{options.ScoreColumn}'; both groups need patients",
                data.Source);
        }

        var times = RiskTimes(options.RiskTimes, data);
        var logrank = LogRankTest<int>.Compute(data.Time, data.Event, high);
        var groups = new[] { Low, High }.Select((label, g) =>
        {
            var members = Enumerable.Range(0, data.Count).Where(i => high[i] == g).ToArray();
            var km = KaplanMeierEstimate.Compute(members.Select(i => data.Time[i]).ToArray(), members.Select(i => data.Event[i]).ToArray());
            return GroupSurvival.From(label, km, logrank.Expected[g], times);
        }).ToArray();

        var overall = GroupSurvival.From("all", KaplanMeierEstimate.Compute(data.Time, data.Event), null, times);
        var terms = new List<Covariate> { new(options.HighTerm, high.Select(h => (double)h).ToArray()) };
        terms.AddRange(data.Covariates);
        return new OutcomesResult(
            options.TimeColumn, options.EventColumn, options.ScoreColumn, data.Count, data.Event.Sum(), cutoff, times, groups, overall,
            new LogRankResult(logrank.ChiSquare, logrank.DegreesOfFreedom, logrank.PValue),
            Cox(data, terms, options.Stepwise),
            data.Response is { } response ? Response(options.ResponseColumn!, response, high, data.Score) : null);
    }

    /// <summary>The requested times, checked, sorted and without repeats; round times over the follow-up when none are given.</summary>
    private static double[] RiskTimes(IReadOnlyList<double>? requested, OutcomesData data)
    {
        if (requested is null || requested.Count == 0)
        {
            return RoundTimes.Over(data.Time.Max());
        }

        return requested.All(t => double.IsFinite(t) && t >= 0)
            ? requested.Distinct().Order().ToArray()
            : throw new InvalidInputException("risk-table times must be finite and non-negative", "times");
    }

    private static CutoffResult Cut(OutcomesData data, OutcomesOptions options)
    {
        if (options.Cutoff is { } given)
        {
            return double.IsFinite(given)
                ? new CutoffResult("given", given, null, null, null)
                : throw new InvalidInputException("the cut-off must be a finite number", "cutoff");
        }

        var best = MaximallySelectedCutpoint.Find(data.Time, data.Event, data.Score, options.MinProportion, 1 - options.MinProportion);
        return new CutoffResult("maxstat", best.Cutpoint, best.Statistic, options.MinProportion, best.Scan);
    }

    private static CoxResults Cox(OutcomesData data, List<Covariate> terms, bool stepwise)
    {
        var univariable = terms.SelectMany(t => HazardRatioRow.From(CoxModel.Fit(data.Time, data.Event, [t]))).ToArray();
        var full = CoxModel.Fit(data.Time, data.Event, terms);
        StepwiseResult? step = null;
        if (stepwise)
        {
            var selection = CoxStepwise.Select(data.Time, data.Event, terms);
            step = new StepwiseResult(selection.Path, selection.Selected, HazardRatioRow.From(selection.Final), CoxModelFit.From(selection.Final));
        }

        return new CoxResults(univariable, HazardRatioRow.From(full), CoxModelFit.From(full), step);
    }

    private static ResponseResult Response(string column, int[] response, int[] high, double[] score)
    {
        var counts = new int[2, 2];
        for (var i = 0; i < response.Length; i++)
        {
            counts[high[i], response[i]]++;
        }

        var table = new ContingencyTable(counts);
        var minExpected = Enumerable.Range(0, 4).Min(k => table.Expected(k / 2, k % 2));
        var chisq = ChiSquareTest.Independence(table, yatesCorrection: true);
        var fisher = FisherExactTest.Compute(table);
        var useFisher = minExpected < MinExpectedForChiSquare;
        var groups = new[] { Low, High }.Select((label, g) =>
            new ResponseGroup(label, table.RowTotals[g], counts[g, 1], counts[g, 1] / (double)table.RowTotals[g])).ToArray();

        var responders = score.Where((_, i) => response[i] == 1).ToArray();
        var others = score.Where((_, i) => response[i] == 0).ToArray();
        var wilcoxon = WilcoxonRankSumTest.Compute(responders, others);
        return new ResponseResult(
            column, groups, minExpected, useFisher ? "fisher" : "chisq_yates", useFisher ? fisher.PValue : chisq.PValue,
            new ResponseTest(chisq.Statistic, chisq.DegreesOfFreedom, chisq.PValue),
            new FisherResult(fisher.PValue, fisher.OddsRatio, fisher.OddsRatioLower, fisher.OddsRatioUpper),
            new ScoreByResponse(responders.Length, others.Length, Median(responders), Median(others), wilcoxon.W, wilcoxon.PValue, wilcoxon.Exact));
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
