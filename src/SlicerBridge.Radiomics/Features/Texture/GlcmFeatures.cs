namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// PyRadiomics' <c>glcm</c> class: 24 features plus the deprecated Dissimilarity, Homogeneity1, Homogeneity2
/// and SumVariance. Each feature is computed per angle and averaged with nanmean (a single angle when
/// <c>weightingNorm</c> merged them). Features are listed in PyRadiomics' output order, which is the
/// ordinal order of the names (it enumerates them with <c>inspect.getmembers</c>).
/// </summary>
/// <remarks>
/// PyRadiomics computes no value for a deprecated feature (it raises a DeprecationWarning); here, when one
/// is asked for by name, it is computed by the formula PyRadiomics documents for it, which equals the
/// feature that replaced it (DifferenceAverage, Id, Idm and ClusterTendency respectively).
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
        SumOverMatrix(s, a, static (vi, vj, _, _) => vi * vj));

    /// <summary>Σ (i + j - μx - μy)⁴ p(i,j).</summary>
    internal static double ClusterProminence(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverMatrix(s, a, static (vi, vj, ux, uy) => Math.Pow(vi + vj - ux - uy, 4)));

    /// <summary>Σ (i + j - μx - μy)³ p(i,j).</summary>
    internal static double ClusterShade(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverMatrix(s, a, static (vi, vj, ux, uy) => Math.Pow(vi + vj - ux - uy, 3)));

    /// <summary>Σ (i + j - μx - μy)² p(i,j).</summary>
    internal static double ClusterTendency(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverMatrix(s, a, static (vi, vj, ux, uy) => Square(vi + vj - ux - uy)));

    /// <summary>Σ (i - j)² p(i,j).</summary>
    internal static double Contrast(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverMatrix(s, a, static (vi, vj, _, _) => Square(vi - vj)));

    /// <summary>(Σ p(i,j)(i - μx)(j - μy)) / (σx σy), 1 where σx σy = 0 (a flat angle).</summary>
    internal static double Correlation(GlcmState s) => s.AverageOverAngles(static (s, a) =>
    {
        var sigmaX = Math.Sqrt(SumOverMatrix(s, a, static (vi, _, ux, _) => Square(vi - ux)));
        var sigmaY = Math.Sqrt(SumOverMatrix(s, a, static (_, vj, _, uy) => Square(vj - uy)));
        if (sigmaX * sigmaY == 0)
        {
            return 1;
        }

        var covariance = SumOverMatrix(s, a, static (vi, vj, ux, uy) => (vi - ux) * (vj - uy));
        return covariance / (sigmaX * sigmaY + Eps);
    });

    /// <summary>Σ k p_{x-y}(k).</summary>
    internal static double DifferenceAverage(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverK(s.DiffOf(a), 0, static (k, _) => k));

    /// <summary>-Σ p_{x-y}(k) log2(p_{x-y}(k) + ε).</summary>
    internal static double DifferenceEntropy(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        Entropy(s.DiffOf(a)));

    /// <summary>Σ (k - DifferenceAverage)² p_{x-y}(k).</summary>
    internal static double DifferenceVariance(GlcmState s) => s.AverageOverAngles(static (s, a) =>
    {
        var diff = s.DiffOf(a);
        var average = SumOverK(diff, 0, static (k, _) => k);
        return SumOverK(diff, 0, (k, _) => Square(k - average));
    });

    /// <summary>Deprecated: Σ |i - j| p(i,j), equal to DifferenceAverage.</summary>
    internal static double Dissimilarity(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverMatrix(s, a, static (vi, vj, _, _) => Math.Abs(vi - vj)));

    /// <summary>Deprecated: Σ p(i,j) / (1 + |i - j|), equal to Id.</summary>
    internal static double Homogeneity1(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverMatrix(s, a, static (vi, vj, _, _) => 1 / (1 + Math.Abs(vi - vj))));

    /// <summary>Deprecated: Σ p(i,j) / (1 + |i - j|²), equal to Idm.</summary>
    internal static double Homogeneity2(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverMatrix(s, a, static (vi, vj, _, _) => 1 / (1 + Square(vi - vj))));

    /// <summary>Inverse difference: Σ p_{x-y}(k) / (1 + k).</summary>
    internal static double Id(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverK(s.DiffOf(a), 0, static (k, _) => 1 / (1 + k)));

    /// <summary>Inverse difference moment: Σ p_{x-y}(k) / (1 + k²).</summary>
    internal static double Idm(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverK(s.DiffOf(a), 0, static (k, _) => 1 / (1 + k * k)));

    /// <summary>Σ p_{x-y}(k) / (1 + k²/Ng²).</summary>
    internal static double Idmn(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverK(s.DiffOf(a), 0, static (k, ng) => 1 / (1 + k * k / (ng * ng))));

    /// <summary>Σ p_{x-y}(k) / (1 + k/Ng).</summary>
    internal static double Idn(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverK(s.DiffOf(a), 0, static (k, ng) => 1 / (1 + k / ng)));

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
        SumOverK(s.DiffOf(a), 1, static (k, _) => 1 / (k * k)));

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
        SumOverK(s.SumOf(a), 0, static (k, _) => k + 2));

    /// <summary>-Σ p_{x+y}(k) log2(p_{x+y}(k) + ε).</summary>
    internal static double SumEntropy(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        Entropy(s.SumOf(a)));

    /// <summary>Σ (i - μx)² p(i,j), the variance of i (IBSI: joint variance).</summary>
    internal static double SumSquares(GlcmState s) => s.AverageOverAngles(static (s, a) =>
        SumOverMatrix(s, a, static (vi, _, ux, _) => Square(vi - ux)));

    /// <summary>Deprecated: Σ (k - SumAverage)² p_{x+y}(k), equal to ClusterTendency.</summary>
    internal static double SumVariance(GlcmState s) => s.AverageOverAngles(static (s, a) =>
    {
        var sum = s.SumOf(a);
        var average = SumOverK(sum, 0, static (k, _) => k + 2);
        return SumOverK(sum, 0, (k, _) => Square(k + 2 - average));
    });

    private static double Square(double v) => v * v;

    // Σ_ij p(i,j) w(i, j, μx, μy) with i and j the grey level values.
    private static double SumOverMatrix(GlcmState s, int a, Func<double, double, double, double, double> weight)
    {
        var p = s.Matrix.Angle(a);
        var levels = s.Matrix.GrayLevels;
        var g = s.LevelCount;
        double ux = s.Ux[a], uy = s.Uy[a];
        var sum = 0.0;
        for (var i = 0; i < g; i++)
        {
            for (var j = 0; j < g; j++)
            {
                sum += p[i * g + j] * weight(levels[i], levels[j], ux, uy);
            }
        }

        return sum;
    }

    // Σ_k p(k) w(k, Ng) from index `from`; w receives the array index k as a double.
    private static double SumOverK(ReadOnlySpan<double> p, int from, Func<double, double, double> weight)
    {
        var ng = (double)p.Length;
        var sum = 0.0;
        for (var k = from; k < p.Length; k++)
        {
            sum += p[k] * weight(k, ng);
        }

        return sum;
    }

    private static double Entropy(ReadOnlySpan<double> p)
    {
        var sum = 0.0;
        foreach (var v in p)
        {
            sum += v * Math.Log2(v + Eps);
        }

        return -sum;
    }
}
