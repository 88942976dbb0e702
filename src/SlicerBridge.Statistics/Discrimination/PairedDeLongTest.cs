using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Discrimination;

/// <summary>
/// Two correlated ROC curves on the same patients compared by DeLong's test, as pROC's
/// <c>roc.test(roc1, roc2, method = "delong", paired = TRUE)</c> (two-sided).
/// </summary>
public sealed record PairedDeLongTest(double Auc1, double Auc2, double Z, double PValue)
{
    public static PairedDeLongTest Compare(RocCurve first, RocCurve second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (!first.SharesOutcomes(second))
        {
            throw new StatisticsInputException("a paired DeLong test needs both ROC curves on the same patients and outcomes", nameof(second));
        }

        var variance = first.DeLongVariance + second.DeLongVariance - 2 * DeLong.Covariance(first, second);
        if (!(variance > 0))
        {
            throw new StatisticsInputException("the two ROC curves are identical in ranking; the DeLong test is undefined", nameof(second));
        }

        var z = (first.Auc - second.Auc) / Math.Sqrt(variance);
        return new PairedDeLongTest(first.Auc, second.Auc, z, TailProbability.NormalTwoSided(z));
    }
}
