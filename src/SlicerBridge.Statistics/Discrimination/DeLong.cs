using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Discrimination;

/// <summary>
/// DeLong, DeLong and Clarke-Pearson (1988) structural components and the AUC variance built
/// from them, as pROC's <c>delongPlacements</c>: V10 of a case is the share of controls it
/// outranks (ties one half), V01 of a control the share of cases that outrank it.
/// </summary>
internal static class DeLong
{
    public static (double[] Cases, double[] Controls) Placements(double[] controls, double[] cases, RocDirection direction)
    {
        // With '>' controls rank high, so ranking the negated marker turns it into the '<' case.
        var sign = direction == RocDirection.ControlsHigher ? -1.0 : 1.0;
        var sortedControls = controls.Select(v => sign * v).Order().ToArray();
        var sortedCases = cases.Select(v => sign * v).Order().ToArray();
        var v10 = new double[cases.Length];
        for (var i = 0; i < cases.Length; i++)
        {
            var x = sign * cases[i];
            var below = SortedSearch.CountBelow(sortedControls, x);
            var equal = SortedSearch.CountAtOrBelow(sortedControls, x) - below;
            v10[i] = (below + 0.5 * equal) / controls.Length;
        }

        var v01 = new double[controls.Length];
        for (var j = 0; j < controls.Length; j++)
        {
            var y = sign * controls[j];
            var atOrBelow = SortedSearch.CountAtOrBelow(sortedCases, y);
            var equal = atOrBelow - SortedSearch.CountBelow(sortedCases, y);
            v01[j] = (cases.Length - atOrBelow + 0.5 * equal) / cases.Length;
        }

        return (v10, v01);
    }

    /// <summary>S10/m + S01/n with sample (n-1) variances.</summary>
    public static double Variance(double[] v10, double[] v01) =>
        Covariance(v10, v10) / v10.Length + Covariance(v01, v01) / v01.Length;

    /// <summary>Covariance of two AUCs on the same patients: S10(1,2)/m + S01(1,2)/n.</summary>
    public static double Covariance(RocCurve a, RocCurve b) =>
        Covariance(a.PlacementsCases, b.PlacementsCases) / a.PlacementsCases.Length
        + Covariance(a.PlacementsControls, b.PlacementsControls) / a.PlacementsControls.Length;

    private static double Covariance(double[] a, double[] b)
    {
        if (a.Length < 2)
        {
            throw new StatisticsInputException("the DeLong variance needs at least two cases and two controls", "outcome");
        }

        double ma = a.Average(), mb = b.Average(), s = 0;
        for (var i = 0; i < a.Length; i++)
        {
            s += (a[i] - ma) * (b[i] - mb);
        }

        return s / (a.Length - 1);
    }
}
