namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// PyRadiomics' <c>glszm</c> class: 16 features of the grey-level size-zone matrix (N_z zones over N_p ROI
/// voxels), in PyRadiomics' output order (ordinal order of the names).
/// </summary>
public sealed class GlszmFeatures : FeatureFamily<GrayLevelSizeMatrix>
{
    private static readonly IReadOnlyList<Feature<GrayLevelSizeMatrix>> All =
    [
        new("GrayLevelNonUniformity", GrayLevelNonUniformity),
        new("GrayLevelNonUniformityNormalized", GrayLevelNonUniformityNormalized),
        new("GrayLevelVariance", GrayLevelVariance),
        new("HighGrayLevelZoneEmphasis", HighGrayLevelZoneEmphasis),
        new("LargeAreaEmphasis", LargeAreaEmphasis),
        new("LargeAreaHighGrayLevelEmphasis", LargeAreaHighGrayLevelEmphasis),
        new("LargeAreaLowGrayLevelEmphasis", LargeAreaLowGrayLevelEmphasis),
        new("LowGrayLevelZoneEmphasis", LowGrayLevelZoneEmphasis),
        new("SizeZoneNonUniformity", SizeZoneNonUniformity),
        new("SizeZoneNonUniformityNormalized", SizeZoneNonUniformityNormalized),
        new("SmallAreaEmphasis", SmallAreaEmphasis),
        new("SmallAreaHighGrayLevelEmphasis", SmallAreaHighGrayLevelEmphasis),
        new("SmallAreaLowGrayLevelEmphasis", SmallAreaLowGrayLevelEmphasis),
        new("ZoneEntropy", ZoneEntropy),
        new("ZonePercentage", ZonePercentage),
        new("ZoneVariance", ZoneVariance),
    ];

    public override string Name => "glszm";

    protected override IReadOnlyList<Feature<GrayLevelSizeMatrix>> Features => All;

    protected override GrayLevelSizeMatrix Prepare(FeatureInput input) => GlszmMatrix.Compute(input);


    /// <summary>Σ_i p_g(i)² / N_z.</summary>
    internal static double GrayLevelNonUniformity(GrayLevelSizeMatrix m) => m.GrayLevelNonUniformity();

    /// <summary>Σ_i p_g(i)² / N_z².</summary>
    internal static double GrayLevelNonUniformityNormalized(GrayLevelSizeMatrix m) => m.GrayLevelNonUniformityNormalized();

    /// <summary>Variance of i under P / N_z.</summary>
    internal static double GrayLevelVariance(GrayLevelSizeMatrix m) => m.GrayLevelVariance();

    /// <summary>Σ P i² / N_z.</summary>
    internal static double HighGrayLevelZoneEmphasis(GrayLevelSizeMatrix m) => m.HighGrayLevelEmphasis();

    /// <summary>Σ P j² / N_z.</summary>
    internal static double LargeAreaEmphasis(GrayLevelSizeMatrix m) => m.LargeSizeEmphasis();

    /// <summary>Σ P i² j² / N_z.</summary>
    internal static double LargeAreaHighGrayLevelEmphasis(GrayLevelSizeMatrix m) => m.LargeSizeHighGrayLevelEmphasis();

    /// <summary>Σ P j² / i² / N_z.</summary>
    internal static double LargeAreaLowGrayLevelEmphasis(GrayLevelSizeMatrix m) => m.LargeSizeLowGrayLevelEmphasis();

    /// <summary>Σ P / i² / N_z.</summary>
    internal static double LowGrayLevelZoneEmphasis(GrayLevelSizeMatrix m) => m.LowGrayLevelEmphasis();

    /// <summary>Σ_j p_s(j)² / N_z.</summary>
    internal static double SizeZoneNonUniformity(GrayLevelSizeMatrix m) => m.SizeNonUniformity();

    /// <summary>Σ_j p_s(j)² / N_z².</summary>
    internal static double SizeZoneNonUniformityNormalized(GrayLevelSizeMatrix m) => m.SizeNonUniformityNormalized();

    /// <summary>Σ P / j² / N_z.</summary>
    internal static double SmallAreaEmphasis(GrayLevelSizeMatrix m) => m.SmallSizeEmphasis();

    /// <summary>Σ P i² / j² / N_z.</summary>
    internal static double SmallAreaHighGrayLevelEmphasis(GrayLevelSizeMatrix m) => m.SmallSizeHighGrayLevelEmphasis();

    /// <summary>Σ P / (i² j²) / N_z.</summary>
    internal static double SmallAreaLowGrayLevelEmphasis(GrayLevelSizeMatrix m) => m.SmallSizeLowGrayLevelEmphasis();

    /// <summary>-Σ p log2(p + ε), p = P / N_z.</summary>
    internal static double ZoneEntropy(GrayLevelSizeMatrix m) => m.SizeEntropy();

    /// <summary>N_z / N_p.</summary>
    internal static double ZonePercentage(GrayLevelSizeMatrix m) => m.SizePercentage();

    /// <summary>Variance of j under P / N_z.</summary>
    internal static double ZoneVariance(GrayLevelSizeMatrix m) => m.SizeVariance();
}
