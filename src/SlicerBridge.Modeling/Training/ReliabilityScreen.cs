using SlicerBridge.Statistics;
using SlicerBridge.Statistics.Screening;

namespace SlicerBridge.Modeling.Training;

/// <summary>
/// ICC screening on repeated reads: a feature of a phase stays only if its ICC between the primary and the
/// second segmentation is above the threshold in every set of that phase (inter-reader ICC(2,1),
/// intra-reader ICC(3,1), ANOVA estimates as psych::ICC with lmer = FALSE). Reads that agree exactly on every
/// case have ICC 1; a feature constant over the set, or non-finite, has no ICC and is dropped.
/// </summary>
public static class ReliabilityScreen
{
    public const int MinimumCases = 3;

    /// <summary>The ICC of each candidate feature in one set (NaN where undefined); candidates are indices into the primary table.</summary>
    public static double[] Icc(TrainingCohort cohort, RepeatRead read, IReadOnlyList<int> candidates)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(candidates);
        if (read.Cases.Count < MinimumCases)
        {
            throw new StatisticsInputException(
                $"{read.Cases.Count} cases have a {Describe(read)}; ICC screening needs at least {MinimumCases}", "repeated reads");
        }

        var secondIndex = read.Second.Names.Select((n, j) => (n, j)).ToDictionary(t => t.n, t => t.j, StringComparer.Ordinal);
        var icc = new double[candidates.Count];
        var ratings = new double[read.Cases.Count, 2];
        for (var k = 0; k < candidates.Count; k++)
        {
            var name = cohort.Features.Names[candidates[k]];
            if (!secondIndex.TryGetValue(name, out var j))
            {
                icc[k] = double.NaN;
                continue;
            }

            var finite = true;
            for (var i = 0; i < read.Cases.Count; i++)
            {
                ratings[i, 0] = cohort.Features.Rows[read.Cases[i]].Values[candidates[k]];
                ratings[i, 1] = read.Second.Rows[i].Values[j];
                finite &= double.IsFinite(ratings[i, 0]) && double.IsFinite(ratings[i, 1]);
            }

            icc[k] = finite ? Single(ratings, read.Kind) : double.NaN;
        }

        return icc;
    }

    public static string Describe(RepeatRead read) =>
        $"{read.Phase} {(read.Kind == ReliabilityKind.InterReader ? "second reader's mask (inter-reader, ICC(2,1))" : "repeat mask (intra-reader, ICC(3,1))")}";

    private static double Single(double[,] ratings, ReliabilityKind kind)
    {
        var ms = TwoWayMeanSquares.Compute(ratings);
        if (!(ms.Mse > 0) || !(ms.Msw > 0))
        {
            return ms.Msr > 0 ? 1 : double.NaN;
        }

        var result = IntraclassCorrelation.Compute(ratings);
        return kind == ReliabilityKind.InterReader ? result.Icc2.Value : result.Icc3.Value;
    }
}
