using SlicerBridge.Imaging.Filters;

namespace SlicerBridge.Radiomics.Settings;

/// <summary>
/// Every PyRadiomics <c>setting</c> this extractor understands, with PyRadiomics' defaults.
/// Property names mirror the parameter-file keys (see <see cref="ParameterFile"/>).
/// </summary>
public sealed record ExtractionSettings
{
    public static ExtractionSettings Default { get; } = new();

    // Mask selection and validation.
    public int Label { get; init; } = 1;

    public int? LabelChannel { get; init; }

    public int MinimumRoiDimensions { get; init; } = 2;

    public int? MinimumRoiSize { get; init; }

    public double? GeometryTolerance { get; init; }

    public bool CorrectMask { get; init; }

    public bool AdditionalInfo { get; init; } = true;

    // Discretisation.
    public double BinWidth { get; init; } = 25;

    public int? BinCount { get; init; }

    // Image preprocessing.
    public bool Normalize { get; init; }

    public double NormalizeScale { get; init; } = 1;

    public double? RemoveOutliers { get; init; }

    public IReadOnlyList<double>? ResampledPixelSpacing { get; init; }

    /// <summary>Null disables resampling even when a spacing is given (PyRadiomics' rule).</summary>
    public Interpolator? Interpolator { get; init; } = Imaging.Filters.Interpolator.BSpline;

    public int PadDistance { get; init; } = 5;

    public bool PreCrop { get; init; }

    public IReadOnlyList<double>? ResegmentRange { get; init; }

    public ResegmentMode ResegmentMode { get; init; } = ResegmentMode.Absolute;

    public bool ResegmentShape { get; init; }

    // First order.
    public double VoxelArrayShift { get; init; }

    // Texture.
    public IReadOnlyList<int> Distances { get; init; } = [1];

    public bool Force2D { get; init; }

    public int Force2DDimension { get; init; }

    public bool SymmetricalGlcm { get; init; } = true;

    public WeightingNorm WeightingNorm { get; init; } = WeightingNorm.None;

    public int GldmA { get; init; }

    // Filters (LoG, wavelet): used from the image-type issue on.
    /// <summary>LoG σ values in mm, remembering whether each was written as an integer (it changes the image name).</summary>
    public IReadOnlyList<LogSigma>? Sigma { get; init; }

    public string Wavelet { get; init; } = "coif1";

    public int Level { get; init; } = 1;

    public int StartLevel { get; init; }
}

/// <summary>How <c>resegmentRange</c> is read.</summary>
public enum ResegmentMode
{
    /// <summary>The range is in grey values.</summary>
    Absolute,

    /// <summary>The range is a fraction of the ROI maximum.</summary>
    Relative,

    /// <summary>The range is in population standard deviations around the ROI mean.</summary>
    Sigma,
}

/// <summary>How texture matrices of several directions are combined (<c>weightingNorm</c>).</summary>
public enum WeightingNorm
{
    /// <summary>Features are computed per direction and averaged (PyRadiomics' default).</summary>
    None,
    Manhattan,
    Euclidean,
    Infinity,

    /// <summary>Matrices are summed with weight 1 before features are computed.</summary>
    NoWeighting,
}
