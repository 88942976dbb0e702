namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// PyRadiomics' <c>glcm</c> class: 24 features plus the deprecated Dissimilarity, Homogeneity1, Homogeneity2
/// and SumVariance. Each feature is computed per angle and averaged with nanmean (a single angle when
/// <c>weightingNorm</c> merged them). Features are listed in PyRadiomics' output order, which is the
/// ordinal order of the names (it enumerates them with <c>inspect.getmembers</c>).
/// </summary>
/// <remarks>
/// PyRadiomics computes no value for a deprecated feature (it raises a DeprecationWarning). Here, asked for
/// by name, one gets the value of the formula PyRadiomics documents for it, which equals the feature that
/// replaced it: Dissimilarity, Homogeneity1 and Homogeneity2 are evaluated as DifferenceAverage, Id and
/// Idm; SumVariance by its own formula over p_{x+y}, equal to ClusterTendency.
/// </remarks>
public sealed class GlcmFeatures : FeatureFamily<GlcmState>
{
    private static readonly IReadOnlyList<Feature<GlcmState>> All =
    [
        new("Autocorrelation", Autocorrelation),
        new("ClusterProminence", ClusterProminence),
        new("ClusterShade", ClusterShade),
        new("ClusterTendency", ClusterTendency),
        new("Contrast", Contrast),
        new("Correlation", Correlation),
        new("DifferenceAverage", DifferenceAverage),
        new("DifferenceEntropy", DifferenceEntropy),
        new("DifferenceVariance", DifferenceVariance),
        new("Dissimilarity", Dissimilarity, Deprecated: true),
        new("Homogeneity1", Homogeneity1, Deprecated: true),
        new("Homogeneity2", Homogeneity2, Deprecated: true),
        new("Id", Id),
        new("Idm", Idm),
        new("Idmn", Idmn),
        new("Idn", Idn),
        new("Imc1", Imc1),
        new("Imc2", Imc2),
        new("InverseVariance", InverseVariance),
        new("JointAverage", JointAverage),
        new("JointEnergy", JointEnergy),
        new("JointEntropy", JointEntropy),
        new("MCC", Mcc),
        new("MaximumProbability", MaximumProbability),
        new("SumAverage", SumAverage),
        new("SumEntropy", SumEntropy),
        new("SumSquares", SumSquares),
        new("SumVariance", SumVariance, Deprecated: true),
    ];

    private const double Eps = GlcmState.Eps;

    public override string Name => "glcm";

    protected override IReadOnlyList<Feature<GlcmState>> Features => All;

    protected override GlcmState Prepare(FeatureInput input) => new(GlcmMatrix.Compute(input));

    /// <summary>Σ p(i,j) i j.</summary>
    internal static double Autocorrelation(GlcmState s) => s.AverageOverAngles(static (s, a) =>
    {
        var p = s.Matrix.Angle(a);
        var levels = s.Matrix.GrayLevels;
        var g = s.LevelCount;
        var sum = 0.0;
        for (var i = 0; i < g; i++)
        {
            for (var j = 0; j < g; j++)
            {
                sum += p[i * g + j] * (levels[i] * levels[j]);
            }
        }

        return sum;
    });

    /// <summary>Σ (i + j - μx - μy)⁴ p(i,j), summed over k = i + j with p_{x+y}.</summary>
    internal static double ClusterProminence(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverSums(s.SumOf(a), s.Ux[a] + s.Uy[a], static (k, mean) => Square(Square(k - mean))));

    /// <summary>Σ (i + j - μx - μy)³ p(i,j), summed over k = i + j with p_{x+y}.</summary>
    internal static double ClusterShade(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverSums(s.SumOf(a), s.Ux[a] + s.Uy[a], static (k, mean) => Square(k - mean) * (k - mean)));

    /// <summary>Σ (i + j - μx - μy)² p(i,j), summed over k = i + j with p_{x+y}.</summary>
    internal static double ClusterTendency(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverSums(s.SumOf(a), s.Ux[a] + s.Uy[a], static (k, mean) => Square(k - mean)));

    /// <summary>Σ (i - j)² p(i,j), summed over k = |i - j| with p_{x-y}.</summary>
    internal static double Contrast(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverDifferences(s.DiffOf(a), 0, static (k, _) => k * k));

    /// <summary>(Σ p(i,j)(i - μx)(j - μy)) / (σx σy), 1 where σx σy = 0 (a flat angle).</summary>
    internal static double Correlation(GlcmState s) => s.AverageOverAngles(static (s, a) =>
    {
        var levels = s.Matrix.GrayLevels;
        double ux = s.Ux[a], uy = s.Uy[a];
        var sigmaX = Math.Sqrt(MarginalSums.Weighted(s.PxOf(a), levels, v => Square(v - ux)));
        var sigmaY = Math.Sqrt(MarginalSums.Weighted(s.PyOf(a), levels, v => Square(v - uy)));
        if (sigmaX * sigmaY == 0)
        {
            return 1;
        }

        var p = s.Matrix.Angle(a);
        var g = s.LevelCount;
        var covariance = 0.0;
        for (var i = 0; i < g; i++)
        {
            for (var j = 0; j < g; j++)
            {
                covariance += p[i * g + j] * ((levels[i] - ux) * (levels[j] - uy));
            }
        }

        return covariance / (sigmaX * sigmaY + Eps);
    });

    /// <summary>Σ k p_{x-y}(k).</summary>
    internal static double DifferenceAverage(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverDifferences(s.DiffOf(a), 0, static (k, _) => k));

    /// <summary>-Σ p_{x-y}(k) log2(p_{x-y}(k) + ε).</summary>
    internal static double DifferenceEntropy(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        Entropy(s.DiffOf(a)));

    /// <summary>Σ (k - DifferenceAverage)² p_{x-y}(k).</summary>
    internal static double DifferenceVariance(GlcmState s) => s.AverageOverAngles(static (s, a) =>
    {
        var diff = s.DiffOf(a);
        var average = SumOverDifferences(diff, 0, static (k, _) => k);
        return SumOverDifferences(diff, 0, (k, _) => Square(k - average));
    });

    /// <summary>Deprecated: Σ |i - j| p(i,j), equal to DifferenceAverage.</summary>
    internal static double Dissimilarity(GlcmState s) => DifferenceAverage(s);

    /// <summary>Deprecated: Σ p(i,j) / (1 + |i - j|), equal to Id.</summary>
    internal static double Homogeneity1(GlcmState s) => Id(s);

    /// <summary>Deprecated: Σ p(i,j) / (1 + |i - j|²), equal to Idm.</summary>
    internal static double Homogeneity2(GlcmState s) => Idm(s);

    /// <summary>Inverse difference: Σ p_{x-y}(k) / (1 + k).</summary>
    internal static double Id(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverDifferences(s.DiffOf(a), 0, static (k, _) => 1 / (1 + k)));

    /// <summary>Inverse difference moment: Σ p_{x-y}(k) / (1 + k²).</summary>
    internal static double Idm(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverDifferences(s.DiffOf(a), 0, static (k, _) => 1 / (1 + k * k)));

    /// <summary>Σ p_{x-y}(k) / (1 + k²/Ng²).</summary>
    internal static double Idmn(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverDifferences(s.DiffOf(a), 0, static (k, ng) => 1 / (1 + k * k / (ng * ng))));

    /// <summary>Σ p_{x-y}(k) / (1 + k/Ng).</summary>
    internal static double Idn(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverDifferences(s.DiffOf(a), 0, static (k, ng) => 1 / (1 + k / ng)));

    /// <summary>(HXY - HXY1) / max(HX, HY), 0 where both marginal entropies are 0.</summary>
    internal static double Imc1(GlcmState s) => s.AverageOverAngles(static (s, a) =>
    {
        var p = s.Matrix.Angle(a);
        var px = s.PxOf(a);
        var py = s.PyOf(a);
        var g = s.LevelCount;
        var hxy1 = 0.0;
        for (var i = 0; i < g; i++)
        {
            for (var j = 0; j < g; j++)
            {
                hxy1 -= p[i * g + j] * Math.Log2(px[i] * py[j] + Eps);
            }
        }

        var divisor = Math.Max(Entropy(px), Entropy(py));
        return divisor == 0 ? 0 : (s.Hxy[a] - hxy1) / divisor;
    });

    /// <summary>
    /// sqrt(1 - e^(-2 (HXY2 - HXY))), 0 where HXY2 = HXY. Where rounding makes HXY exceed HXY2 the root is
    /// of a negative number: numpy gives NaN and nanmean then skips that angle, as here.
    /// </summary>
    internal static double Imc2(GlcmState s) => s.AverageOverAngles(static (s, a) =>
    {
        var px = s.PxOf(a);
        var py = s.PyOf(a);
        var hxy2 = 0.0;
        for (var i = 0; i < px.Length; i++)
        {
            for (var j = 0; j < py.Length; j++)
            {
                var product = px[i] * py[j];
                hxy2 -= product * Math.Log2(product + Eps);
            }
        }

        var hxy = s.Hxy[a];
        return hxy2 == hxy ? 0 : Math.Sqrt(1 - Math.Pow(Math.E, -2 * (hxy2 - hxy)));
    });

    /// <summary>Σ_{k≥1} p_{x-y}(k) / k².</summary>
    internal static double InverseVariance(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverDifferences(s.DiffOf(a), 1, static (k, _) => 1 / (k * k)));

    /// <summary>μx, averaged with a plain mean as PyRadiomics does.</summary>
    internal static double JointAverage(GlcmState s) => AngleAverage.Mean(s.Ux);

    /// <summary>Σ p(i,j)² (IBSI: angular second moment).</summary>
    internal static double JointEnergy(GlcmState s) => s.AverageOverAngles(static (s, a) =>
    {
        var sum = 0.0;
        foreach (var v in s.Matrix.Angle(a))
        {
            sum += v * v;
        }

        return sum;
    });

    /// <summary>HXY = -Σ p(i,j) log2(p(i,j) + ε).</summary>
    internal static double JointEntropy(GlcmState s) => AngleAverage.NanMean(s.Hxy);

    /// <summary>Maximal correlation coefficient: see <see cref="MaximalCorrelation"/>.</summary>
    internal static double Mcc(GlcmState s) => MaximalCorrelation.Compute(s);

    /// <summary>max p(i,j).</summary>
    internal static double MaximumProbability(GlcmState s) => s.AverageOverAngles(static (s, a) =>
    {
        var max = double.NegativeInfinity;
        foreach (var v in s.Matrix.Angle(a))
        {
            // numpy.amax propagates NaN.
            if (double.IsNaN(v))
            {
                return double.NaN;
            }

            max = Math.Max(max, v);
        }

        return max;
    });

    /// <summary>Σ k p_{x+y}(k), k = 2..2Ng.</summary>
    internal static double SumAverage(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverSums(s.SumOf(a), 0, static (k, _) => k));

    /// <summary>-Σ p_{x+y}(k) log2(p_{x+y}(k) + ε).</summary>
    internal static double SumEntropy(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        Entropy(s.SumOf(a)));

    /// <summary>Σ (i - μx)² p(i,j) = Σ p_x(i) (i - μx)², the variance of i (IBSI: joint variance).</summary>
    internal static double SumSquares(GlcmState s) => s.AverageOverAngles(static (s, a) =>
    {
        var ux = s.Ux[a];
        return MarginalSums.Weighted(s.PxOf(a), s.Matrix.GrayLevels, v => Square(v - ux));
    });

    /// <summary>Deprecated: Σ (k - SumAverage)² p_{x+y}(k), equal to ClusterTendency.</summary>
    internal static double SumVariance(GlcmState s) => s.AverageOverAngles(static (s, a) =>
    {
        var sum = s.SumOf(a);
        var average = SumOverSums(sum, 0, static (k, _) => k);
        return SumOverSums(sum, average, static (k, mean) => Square(k - mean));
    });

    private static double Square(double v) => v * v;

    // Σ_k p_{x-y}(k) w(k, Ng) for k = from..Ng-1.
    private static double SumOverDifferences(ReadOnlySpan<double> pxMinusY, int from, Func<double, double, double> weight)
    {
        var ng = (double)pxMinusY.Length;
        var sum = 0.0;
        for (var k = from; k < pxMinusY.Length; k++)
        {
            sum += pxMinusY[k] * weight(k, ng);
        }

        return sum;
    }

    // Σ_k p_{x+y}(k) w(k, parameter) for k = 2..2Ng.
    private static double SumOverSums(ReadOnlySpan<double> pxPlusY, double parameter, Func<double, double, double> weight)
    {
        var sum = 0.0;
        for (var index = 0; index < pxPlusY.Length; index++)
        {
            sum += pxPlusY[index] * weight(index + 2, parameter);
        }

        return sum;
    }

    // -Σ p log2(p + ε) of an already normalised distribution.
    private static double Entropy(ReadOnlySpan<double> p) => MarginalSums.Entropy(p, 1);
}
