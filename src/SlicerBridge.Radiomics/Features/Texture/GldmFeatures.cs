using static SlicerBridge.Radiomics.Features.Texture.MarginalSums;

namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// PyRadiomics' <c>gldm</c> class: 14 features plus the deprecated GrayLevelNonUniformityNormalized and
/// DependencePercentage, in PyRadiomics' output order (ordinal order of the names). N_z, the number of
/// dependence zones, equals the ROI voxel count.
/// </summary>
/// <remarks>
/// PyRadiomics computes no value for the two deprecated features; here, asked for by name, they follow
/// PyRadiomics' documented formulas: Σ p_g(i)² / N_z² (equal to first-order Uniformity) and N_z / N_p
/// (always 1).
/// </remarks>
public sealed class GldmFeatures : FeatureFamily<GrayLevelSizeMatrix>
{
    private static readonly IReadOnlyList<Feature<GrayLevelSizeMatrix>> All =
    [
        new("DependenceEntropy", DependenceEntropy),
        new("DependenceNonUniformity", DependenceNonUniformity),
        new("DependenceNonUniformityNormalized", DependenceNonUniformityNormalized),
        new("DependencePercentage", DependencePercentage, Deprecated: true),
        new("DependenceVariance", DependenceVariance),
        new("GrayLevelNonUniformity", GrayLevelNonUniformity),
        new("GrayLevelNonUniformityNormalized", GrayLevelNonUniformityNormalized, Deprecated: true),
        new("GrayLevelVariance", GrayLevelVariance),
        new("HighGrayLevelEmphasis", HighGrayLevelEmphasis),
        new("LargeDependenceEmphasis", LargeDependenceEmphasis),
        new("LargeDependenceHighGrayLevelEmphasis", LargeDependenceHighGrayLevelEmphasis),
        new("LargeDependenceLowGrayLevelEmphasis", LargeDependenceLowGrayLevelEmphasis),
        new("LowGrayLevelEmphasis", LowGrayLevelEmphasis),
        new("SmallDependenceEmphasis", SmallDependenceEmphasis),
        new("SmallDependenceHighGrayLevelEmphasis", SmallDependenceHighGrayLevelEmphasis),
        new("SmallDependenceLowGrayLevelEmphasis", SmallDependenceLowGrayLevelEmphasis),
    ];

    public override string Name => "gldm";

    protected override IReadOnlyList<Feature<GrayLevelSizeMatrix>> Features => All;

    protected override GrayLevelSizeMatrix Prepare(FeatureInput input) => GldmMatrix.Compute(input);

    /// <summary>-Σ p log2(p + ε), p = P / N_z.</summary>
    internal static double DependenceEntropy(GrayLevelSizeMatrix m) => Entropy(m.Counts, m.Total);

    /// <summary>Σ_j p_d(j)² / N_z.</summary>
    internal static double DependenceNonUniformity(GrayLevelSizeMatrix m) => SumOfSquares(m.SizeSums) / m.Total;

    /// <summary>Σ_j p_d(j)² / N_z².</summary>
    internal static double DependenceNonUniformityNormalized(GrayLevelSizeMatrix m) =>
        SumOfSquares(m.SizeSums) / (m.Total * m.Total);

    /// <summary>Deprecated: N_z / N_p, always 1.</summary>
    internal static double DependencePercentage(GrayLevelSizeMatrix m) => m.Total / m.VoxelCount;

    /// <summary>Variance of j under P / N_z.</summary>
    internal static double DependenceVariance(GrayLevelSizeMatrix m) => Variance(m.SizeSums, m.Sizes, m.Total);

    /// <summary>Σ_i p_g(i)² / N_z.</summary>
    internal static double GrayLevelNonUniformity(GrayLevelSizeMatrix m) => SumOfSquares(m.GrayLevelSums) / m.Total;

    /// <summary>Deprecated: Σ_i p_g(i)² / N_z², equal to first-order Uniformity.</summary>
    internal static double GrayLevelNonUniformityNormalized(GrayLevelSizeMatrix m) =>
        SumOfSquares(m.GrayLevelSums) / (m.Total * m.Total);

    /// <summary>Variance of i under P / N_z.</summary>
    internal static double GrayLevelVariance(GrayLevelSizeMatrix m) => Variance(m.GrayLevelSums, m.GrayLevels, m.Total);

    /// <summary>Σ P i² / N_z.</summary>
    internal static double HighGrayLevelEmphasis(GrayLevelSizeMatrix m) =>
        Weighted(m.GrayLevelSums, m.GrayLevels, static i => i * i) / m.Total;

    /// <summary>Σ P j² / N_z.</summary>
    internal static double LargeDependenceEmphasis(GrayLevelSizeMatrix m) =>
        Weighted(m.SizeSums, m.Sizes, static j => j * j) / m.Total;

    /// <summary>Σ P i² j² / N_z.</summary>
    internal static double LargeDependenceHighGrayLevelEmphasis(GrayLevelSizeMatrix m) =>
        m.Emphasis(static (i, j) => j * j * (i * i));

    /// <summary>Σ P j² / i² / N_z.</summary>
    internal static double LargeDependenceLowGrayLevelEmphasis(GrayLevelSizeMatrix m) =>
        m.Emphasis(static (i, j) => j * j / (i * i));

    /// <summary>Σ P / i² / N_z.</summary>
    internal static double LowGrayLevelEmphasis(GrayLevelSizeMatrix m) =>
        Weighted(m.GrayLevelSums, m.GrayLevels, static i => 1 / (i * i)) / m.Total;

    /// <summary>Σ P / j² / N_z.</summary>
    internal static double SmallDependenceEmphasis(GrayLevelSizeMatrix m) =>
        Weighted(m.SizeSums, m.Sizes, static j => 1 / (j * j)) / m.Total;

    /// <summary>Σ P i² / j² / N_z.</summary>
    internal static double SmallDependenceHighGrayLevelEmphasis(GrayLevelSizeMatrix m) =>
        m.Emphasis(static (i, j) => i * i / (j * j));

    /// <summary>Σ P / (i² j²) / N_z.</summary>
    internal static double SmallDependenceLowGrayLevelEmphasis(GrayLevelSizeMatrix m) =>
        m.Emphasis(static (i, j) => 1 / (i * i * (j * j)));
}
