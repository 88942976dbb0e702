namespace SlicerBridge.Radiomics.Features.FirstOrder;

/// <summary>
/// PyRadiomics' <c>firstorder</c> class: statistics of the raw ROI values, except Entropy and
/// Uniformity which use the discretised histogram. Kurtosis is not excess kurtosis (IBSI + 3).
/// </summary>
public sealed class FirstOrderFeatures : FeatureFamily<FirstOrderState>
{
    /// <summary>numpy.spacing(1), added inside log2 so empty bins contribute 0.</summary>
    private const double Eps = 2.220446049250313e-16;

    public override string Name => "firstorder";

    protected override IReadOnlyList<Feature<FirstOrderState>> Features { get; } =
    [
        new("Energy", Energy),
        new("TotalEnergy", TotalEnergy),
        new("Entropy", Entropy),
        new("Minimum", Minimum),
        new("10Percentile", Percentile10),
        new("90Percentile", Percentile90),
        new("Maximum", Maximum),
        new("Mean", Mean),
        new("Median", Median),
        new("InterquartileRange", InterquartileRange),
        new("Range", Range),
        new("MeanAbsoluteDeviation", MeanAbsoluteDeviation),
        new("RobustMeanAbsoluteDeviation", RobustMeanAbsoluteDeviation),
        new("RootMeanSquared", RootMeanSquared),
        new("StandardDeviation", StandardDeviation, Deprecated: true),
        new("Skewness", Skewness),
        new("Kurtosis", Kurtosis),
        new("Variance", Variance),
        new("Uniformity", Uniformity),
    ];

    protected override FirstOrderState Prepare(FeatureInput input) => new(input);

    private static double Energy(FirstOrderState s)
    {
        double sum = 0;
        foreach (var v in s.Values)
        {
            var shifted = v + s.Shift;
            sum += shifted * shifted;
        }

        return sum;
    }

    private static double TotalEnergy(FirstOrderState s) => s.VoxelVolume * Energy(s);

    private static double Entropy(FirstOrderState s)
    {
        double sum = 0;
        foreach (var p in s.Probabilities)
        {
            sum += p * Math.Log2(p + Eps);
        }

        return -sum;
    }

    private static double Minimum(FirstOrderState s) => s.Sorted[0];

    private static double Percentile10(FirstOrderState s) => s.Percentile(10);

    private static double Percentile90(FirstOrderState s) => s.Percentile(90);

    private static double Maximum(FirstOrderState s) => s.Sorted[^1];

    private static double Mean(FirstOrderState s) => s.Mean;

    private static double Median(FirstOrderState s) => s.Percentile(50);

    private static double InterquartileRange(FirstOrderState s) => s.Percentile(75) - s.Percentile(25);

    private static double Range(FirstOrderState s) => s.Sorted[^1] - s.Sorted[0];

    private static double MeanAbsoluteDeviation(FirstOrderState s)
    {
        double sum = 0;
        foreach (var v in s.Values)
        {
            sum += Math.Abs(v - s.Mean);
        }

        return sum / s.Values.Length;
    }

    /// <summary>Mean absolute deviation of the voxels within the closed range [P10, P90], from their own mean.</summary>
    private static double RobustMeanAbsoluteDeviation(FirstOrderState s)
    {
        var p10 = s.Percentile(10);
        var p90 = s.Percentile(90);
        double sum = 0;
        var count = 0;
        foreach (var v in s.Values)
        {
            if (v >= p10 && v <= p90)
            {
                sum += v;
                count++;
            }
        }

        var mean = sum / count;
        double deviation = 0;
        foreach (var v in s.Values)
        {
            if (v >= p10 && v <= p90)
            {
                deviation += Math.Abs(v - mean);
            }
        }

        return deviation / count;
    }

    private static double RootMeanSquared(FirstOrderState s) => Math.Sqrt(Energy(s) / s.Values.Length);

    private static double StandardDeviation(FirstOrderState s) => Math.Sqrt(s.Moment2);

    /// <summary>m3 / m2^1.5; a flat ROI (m2 = 0) gives 0, as PyRadiomics sets the divisor to 1.</summary>
    private static double Skewness(FirstOrderState s) =>
        s.Moment2 == 0 ? 0 : s.Moment3 / Math.Pow(s.Moment2, 1.5);

    /// <summary>m4 / m2² (not excess); a flat ROI gives 0.</summary>
    private static double Kurtosis(FirstOrderState s) =>
        s.Moment2 == 0 ? 0 : s.Moment4 / (s.Moment2 * s.Moment2);

    /// <summary>Population variance, computed as PyRadiomics does: the standard deviation squared.</summary>
    private static double Variance(FirstOrderState s)
    {
        var sd = Math.Sqrt(s.Moment2);
        return sd * sd;
    }

    private static double Uniformity(FirstOrderState s)
    {
        double sum = 0;
        foreach (var p in s.Probabilities)
        {
            sum += p * p;
        }

        return sum;
    }
}
