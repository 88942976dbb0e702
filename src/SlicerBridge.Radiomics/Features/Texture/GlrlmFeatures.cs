using static SlicerBridge.Radiomics.Features.Texture.MarginalSums;

namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// PyRadiomics' <c>glrlm</c> class: 16 features, each computed per angle with that angle's run count
/// N_r(θ) and averaged with nanmean (one merged matrix under <c>weightingNorm</c>). Listed in PyRadiomics'
/// output order (ordinal order of the names).
/// </summary>
public sealed class GlrlmFeatures : FeatureFamily<GlrlmMatrix>
{
    private static readonly IReadOnlyList<Feature<GlrlmMatrix>> All =
    [
        new("GrayLevelNonUniformity", GrayLevelNonUniformity),
        new("GrayLevelNonUniformityNormalized", GrayLevelNonUniformityNormalized),
        new("GrayLevelVariance", GrayLevelVariance),
        new("HighGrayLevelRunEmphasis", HighGrayLevelRunEmphasis),
        new("LongRunEmphasis", LongRunEmphasis),
        new("LongRunHighGrayLevelEmphasis", LongRunHighGrayLevelEmphasis),
        new("LongRunLowGrayLevelEmphasis", LongRunLowGrayLevelEmphasis),
        new("LowGrayLevelRunEmphasis", LowGrayLevelRunEmphasis),
        new("RunEntropy", RunEntropy),
        new("RunLengthNonUniformity", RunLengthNonUniformity),
        new("RunLengthNonUniformityNormalized", RunLengthNonUniformityNormalized),
        new("RunPercentage", RunPercentage),
        new("RunVariance", RunVariance),
        new("ShortRunEmphasis", ShortRunEmphasis),
        new("ShortRunHighGrayLevelEmphasis", ShortRunHighGrayLevelEmphasis),
        new("ShortRunLowGrayLevelEmphasis", ShortRunLowGrayLevelEmphasis),
    ];

    public override string Name => "glrlm";

    protected override IReadOnlyList<Feature<GlrlmMatrix>> Features => All;

    protected override GlrlmMatrix Prepare(FeatureInput input) => GlrlmMatrix.Compute(input);

    /// <summary>Σ_i p_g(i)² / N_r.</summary>
    internal static double GrayLevelNonUniformity(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        SumOfSquares(m.GrayLevelSumsOf(a)) / m.RunCounts[a]);

    /// <summary>Σ_i p_g(i)² / N_r².</summary>
    internal static double GrayLevelNonUniformityNormalized(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        SumOfSquares(m.GrayLevelSumsOf(a)) / Square(m.RunCounts[a]));

    /// <summary>Variance of i under p(i, j) = P(i, j) / N_r.</summary>
    internal static double GrayLevelVariance(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        Variance(m.GrayLevelSumsOf(a), m.GrayLevels, m.RunCounts[a]));

    /// <summary>Σ p_g(i) i² / N_r.</summary>
    internal static double HighGrayLevelRunEmphasis(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        Weighted(m.GrayLevelSumsOf(a), m.GrayLevels, static v => v * v) / m.RunCounts[a]);

    /// <summary>Σ p_r(j) j² / N_r.</summary>
    internal static double LongRunEmphasis(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        Weighted(m.RunLengthSumsOf(a), m.RunLengths, static v => v * v) / m.RunCounts[a]);

    /// <summary>Σ P(i, j) i² j² / N_r.</summary>
    internal static double LongRunHighGrayLevelEmphasis(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        Joint(m, a, static (i, j) => j * j * (i * i)) / m.RunCounts[a]);

    /// <summary>Σ P(i, j) j² / i² / N_r.</summary>
    internal static double LongRunLowGrayLevelEmphasis(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        Joint(m, a, static (i, j) => j * j / (i * i)) / m.RunCounts[a]);

    /// <summary>Σ p_g(i) / i² / N_r.</summary>
    internal static double LowGrayLevelRunEmphasis(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        Weighted(m.GrayLevelSumsOf(a), m.GrayLevels, static v => 1 / (v * v)) / m.RunCounts[a]);

    /// <summary>-Σ p(i, j) log2(p(i, j) + ε) with p = P / N_r.</summary>
    internal static double RunEntropy(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        Entropy(m.Angle(a), m.RunCounts[a]));

    /// <summary>Σ_j p_r(j)² / N_r.</summary>
    internal static double RunLengthNonUniformity(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        SumOfSquares(m.RunLengthSumsOf(a)) / m.RunCounts[a]);

    /// <summary>Σ_j p_r(j)² / N_r².</summary>
    internal static double RunLengthNonUniformityNormalized(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        SumOfSquares(m.RunLengthSumsOf(a)) / Square(m.RunCounts[a]));

    /// <summary>N_r / N_p, with N_p = Σ p_r(j) j (the voxels the runs cover, times the weights if merged).</summary>
    internal static double RunPercentage(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        m.RunCounts[a] / Weighted(m.RunLengthSumsOf(a), m.RunLengths, static v => v));

    /// <summary>Variance of j under p(i, j) = P(i, j) / N_r.</summary>
    internal static double RunVariance(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        Variance(m.RunLengthSumsOf(a), m.RunLengths, m.RunCounts[a]));

    /// <summary>Σ p_r(j) / j² / N_r.</summary>
    internal static double ShortRunEmphasis(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        Weighted(m.RunLengthSumsOf(a), m.RunLengths, static v => 1 / (v * v)) / m.RunCounts[a]);

    /// <summary>Σ P(i, j) i² / j² / N_r.</summary>
    internal static double ShortRunHighGrayLevelEmphasis(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        Joint(m, a, static (i, j) => i * i / (j * j)) / m.RunCounts[a]);

    /// <summary>Σ P(i, j) / (i² j²) / N_r.</summary>
    internal static double ShortRunLowGrayLevelEmphasis(GlrlmMatrix m) => PerAngle(m, static (m, a) =>
        Joint(m, a, static (i, j) => 1 / (i * i * (j * j))) / m.RunCounts[a]);

    private static double PerAngle(GlrlmMatrix m, Func<GlrlmMatrix, int, double> perAngle) =>
        AngleAverage.NanMeanOver(m, m.AngleCount, perAngle);

    private static double Joint(GlrlmMatrix m, int a, Func<double, double, double> weight)
    {
        var p = m.Angle(a);
        var r = m.RunLengthCount;
        var sum = 0.0;
        for (var i = 0; i < m.LevelCount; i++)
        {
            for (var j = 0; j < r; j++)
            {
                sum += p[i * r + j] * weight(m.GrayLevels[i], m.RunLengths[j]);
            }
        }

        return sum;
    }

    private static double Square(double v) => v * v;
}
