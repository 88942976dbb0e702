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
    internal static double DependenceEntropy(GrayLevelSizeMatrix m) => m.SizeEntropy();

    /// <summary>Σ_j p_d(j)² / N_z.</summary>
    internal static double DependenceNonUniformity(GrayLevelSizeMatrix m) => m.SizeNonUniformity();

    /// <summary>Σ_j p_d(j)² / N_z².</summary>
    internal static double DependenceNonUniformityNormalized(GrayLevelSizeMatrix m) => m.SizeNonUniformityNormalized();

    /// <summary>Deprecated: N_z / N_p, always 1.</summary>
    internal static double DependencePercentage(GrayLevelSizeMatrix m) => m.SizePercentage();

    /// <summary>Variance of j under P / N_z.</summary>
    internal static double DependenceVariance(GrayLevelSizeMatrix m) => m.SizeVariance();

    /// <summary>Σ_i p_g(i)² / N_z.</summary>
    internal static double GrayLevelNonUniformity(GrayLevelSizeMatrix m) => m.GrayLevelNonUniformity();

    /// <summary>Deprecated: Σ_i p_g(i)² / N_z², equal to first-order Uniformity.</summary>
    internal static double GrayLevelNonUniformityNormalized(GrayLevelSizeMatrix m) => m.GrayLevelNonUniformityNormalized();

    /// <summary>Variance of i under P / N_z.</summary>
    internal static double GrayLevelVariance(GrayLevelSizeMatrix m) => m.GrayLevelVariance();

    /// <summary>Σ P i² / N_z.</summary>
    internal static double HighGrayLevelEmphasis(GrayLevelSizeMatrix m) => m.HighGrayLevelEmphasis();

    /// <summary>Σ P j² / N_z.</summary>
    internal static double LargeDependenceEmphasis(GrayLevelSizeMatrix m) => m.LargeSizeEmphasis();

    /// <summary>Σ P i² j² / N_z.</summary>
    internal static double LargeDependenceHighGrayLevelEmphasis(GrayLevelSizeMatrix m) => m.LargeSizeHighGrayLevelEmphasis();

    /// <summary>Σ P j² / i² / N_z.</summary>
    internal static double LargeDependenceLowGrayLevelEmphasis(GrayLevelSizeMatrix m) => m.LargeSizeLowGrayLevelEmphasis();

    /// <summary>Σ P / i² / N_z.</summary>
    internal static double LowGrayLevelEmphasis(GrayLevelSizeMatrix m) => m.LowGrayLevelEmphasis();

    /// <summary>Σ P / j² / N_z.</summary>
    internal static double SmallDependenceEmphasis(GrayLevelSizeMatrix m) => m.SmallSizeEmphasis();

    /// <summary>Σ P i² / j² / N_z.</summary>
    internal static double SmallDependenceHighGrayLevelEmphasis(GrayLevelSizeMatrix m) => m.SmallSizeHighGrayLevelEmphasis();

    /// <summary>Σ P / (i² j²) / N_z.</summary>
    internal static double SmallDependenceLowGrayLevelEmphasis(GrayLevelSizeMatrix m) => m.SmallSizeLowGrayLevelEmphasis();
}
