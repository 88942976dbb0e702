using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Filters;

namespace SlicerBridge.Radiomics.Settings;

/// <summary>
/// The PyRadiomics <c>setting</c> keys and how each one changes <see cref="ExtractionSettings"/>.
/// A key PyRadiomics knows but SlicerBridge does not use (LBP, gradient) is accepted and has no
/// effect; any other key is an error naming it.
/// </summary>
internal static class SettingKeys
{
    private static readonly Dictionary<string, Func<ExtractionSettings, object?, ExtractionSettings>> Setters =
        new(StringComparer.Ordinal)
        {
            ["minimumROIDimensions"] = (s, v) => s with { MinimumRoiDimensions = InRange(SettingValue.ToInt(v, "minimumROIDimensions"), 1, 3, "minimumROIDimensions") },
            ["minimumROISize"] = (s, v) => s with { MinimumRoiSize = v is null ? null : Positive(SettingValue.ToInt(v, "minimumROISize"), "minimumROISize") },
            ["geometryTolerance"] = (s, v) => s with { GeometryTolerance = v is null ? null : Positive(SettingValue.ToDouble(v, "geometryTolerance"), "geometryTolerance") },
            ["correctMask"] = (s, v) => s with { CorrectMask = SettingValue.ToBool(v, "correctMask") },
            ["additionalInfo"] = (s, v) => s with { AdditionalInfo = SettingValue.ToBool(v, "additionalInfo") },
            ["label"] = (s, v) => s with { Label = Positive(SettingValue.ToInt(v, "label"), "label") },
            ["label_channel"] = (s, v) => s with { LabelChannel = v is null ? null : SettingValue.ToInt(v, "label_channel") },
            ["binWidth"] = (s, v) => s with { BinWidth = Positive(SettingValue.ToDouble(v, "binWidth"), "binWidth") },
            ["binCount"] = (s, v) => s with { BinCount = v is null ? null : Positive(SettingValue.ToInt(v, "binCount"), "binCount") },
            ["normalize"] = (s, v) => s with { Normalize = SettingValue.ToBool(v, "normalize") },
            ["normalizeScale"] = (s, v) => s with { NormalizeScale = Positive(SettingValue.ToDouble(v, "normalizeScale"), "normalizeScale") },
            ["removeOutliers"] = (s, v) => s with { RemoveOutliers = v is null ? null : Positive(SettingValue.ToDouble(v, "removeOutliers"), "removeOutliers") },
            ["resampledPixelSpacing"] = (s, v) => s with { ResampledPixelSpacing = v is null ? null : Spacing(v) },
            ["interpolator"] = (s, v) => s with { Interpolator = ParseInterpolator(v) },
            ["padDistance"] = (s, v) => s with { PadDistance = NonNegative(SettingValue.ToInt(v, "padDistance"), "padDistance") },
            ["distances"] = (s, v) => s with { Distances = Distances(v) },
            ["force2D"] = (s, v) => s with { Force2D = SettingValue.ToBool(v, "force2D") },
            ["force2Ddimension"] = (s, v) => s with { Force2DDimension = InRange(SettingValue.ToInt(v, "force2Ddimension"), 0, 2, "force2Ddimension") },
            ["resegmentRange"] = (s, v) => s with { ResegmentRange = v is null ? null : ResegmentRange(v) },
            ["resegmentMode"] = (s, v) => s with { ResegmentMode = ParseResegmentMode(v) },
            ["resegmentShape"] = (s, v) => s with { ResegmentShape = SettingValue.ToBool(v, "resegmentShape") },
            ["preCrop"] = (s, v) => s with { PreCrop = SettingValue.ToBool(v, "preCrop") },
            ["sigma"] = (s, v) => s with { Sigma = Sigmas(v) },
            ["start_level"] = (s, v) => s with { StartLevel = NonNegative(SettingValue.ToInt(v, "start_level"), "start_level") },
            ["level"] = (s, v) => s with { Level = Positive(SettingValue.ToInt(v, "level"), "level") },
            ["wavelet"] = (s, v) => s with { Wavelet = SettingValue.ToText(v, "wavelet") },
            ["voxelArrayShift"] = (s, v) => s with { VoxelArrayShift = SettingValue.ToDouble(v, "voxelArrayShift") },
            ["symmetricalGLCM"] = (s, v) => s with { SymmetricalGlcm = SettingValue.ToBool(v, "symmetricalGLCM") },
            ["weightingNorm"] = (s, v) => s with { WeightingNorm = ParseWeightingNorm(v) },
            ["gldm_a"] = (s, v) => s with { GldmA = NonNegative(SettingValue.ToInt(v, "gldm_a"), "gldm_a") },
            ["gradientUseSpacing"] = (s, _) => s,
            ["lbp2DRadius"] = (s, _) => s,
            ["lbp2DSamples"] = (s, _) => s,
            ["lbp2DMethod"] = (s, _) => s,
            ["lbp3DLevels"] = (s, _) => s,
            ["lbp3DIcosphereRadius"] = (s, _) => s,
            ["lbp3DIcosphereSubdivision"] = (s, _) => s,
        };

    public static IEnumerable<string> Names => Setters.Keys;

    /// <summary>Applies one parameter-file setting; an unknown key is an error naming it.</summary>
    public static ExtractionSettings Apply(ExtractionSettings settings, string key, object? value) =>
        Setters.TryGetValue(key, out var setter)
            ? setter(settings, value)
            : throw new InvalidInputException($"unknown setting '{key}'", key);

    /// <summary>SimpleITK's interpolator names or enum values; null disables resampling, as in PyRadiomics.</summary>
    private static Interpolator? ParseInterpolator(object? value) => value switch
    {
        null => null,
        "sitkNearestNeighbor" => Interpolator.NearestNeighbor,
        "sitkLinear" => Interpolator.Linear,
        "sitkBSpline" or "sitkBSpline3" => Interpolator.BSpline,
        long n => n switch
        {
            1 => Interpolator.NearestNeighbor,
            2 => Interpolator.Linear,
            3 => Interpolator.BSpline,
            _ => throw SettingValue.Bad("interpolator", value, "sitkNearestNeighbor, sitkLinear or sitkBSpline"),
        },
        string s when long.TryParse(s, out var n) => ParseInterpolator(n),
        _ => throw SettingValue.Bad("interpolator", value, "sitkNearestNeighbor, sitkLinear or sitkBSpline"),
    };

    private static ResegmentMode ParseResegmentMode(object? value) => SettingValue.ToText(value, "resegmentMode") switch
    {
        "absolute" => ResegmentMode.Absolute,
        "relative" => ResegmentMode.Relative,
        "sigma" => ResegmentMode.Sigma,
        _ => throw SettingValue.Bad("resegmentMode", value, "absolute, relative or sigma"),
    };

    private static WeightingNorm ParseWeightingNorm(object? value) => value switch
    {
        null => WeightingNorm.None,
        "manhattan" => WeightingNorm.Manhattan,
        "euclidean" => WeightingNorm.Euclidean,
        "infinity" => WeightingNorm.Infinity,
        "no_weighting" => WeightingNorm.NoWeighting,
        _ => throw SettingValue.Bad("weightingNorm", value, "manhattan, euclidean, infinity, no_weighting or null"),
    };

    private static IReadOnlyList<double> Spacing(object? value)
    {
        var spacing = SettingValue.ToDoubles(value, "resampledPixelSpacing");
        return spacing.Count == 3 && spacing.All(x => x >= 0)
            ? spacing
            : throw SettingValue.Bad("resampledPixelSpacing", value, "three spacings ≥ 0 (0 keeps the original spacing)");
    }

    /// <summary>PyRadiomics names a LoG image with Python's str(σ): 3 and 3.0 give different names, so keep which it was.</summary>
    private static IReadOnlyList<LogSigma> Sigmas(object? value) =>
        SettingValue.ToList(value, "sigma")
            .Select(v => new LogSigma(Positive(SettingValue.ToDouble(v, "sigma"), "sigma"), WrittenAsInteger: v is long or int))
            .ToList();

    private static IReadOnlyList<int> Distances(object? value)
    {
        var distances = SettingValue.ToInts(value, "distances");
        return distances.Count > 0 && distances.All(d => d > 0)
            ? distances
            : throw SettingValue.Bad("distances", value, "a list of positive integers");
    }

    private static IReadOnlyList<double> ResegmentRange(object? value)
    {
        var range = SettingValue.ToDoubles(value, "resegmentRange");
        return range.Count is 1 or 2
            ? range
            : throw SettingValue.Bad("resegmentRange", value, "one or two numbers");
    }

    private static int InRange(int value, int min, int max, string key) =>
        value >= min && value <= max ? value : throw SettingValue.Bad(key, value, $"between {min} and {max}");

    private static int Positive(int value, string key) => value > 0 ? value : throw SettingValue.Bad(key, value, "positive");

    private static double Positive(double value, string key) => value > 0 ? value : throw SettingValue.Bad(key, value, "positive");

    private static int NonNegative(int value, string key) => value >= 0 ? value : throw SettingValue.Bad(key, value, "0 or more");
}
