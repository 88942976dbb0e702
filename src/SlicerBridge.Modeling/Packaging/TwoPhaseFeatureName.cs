using System.Text.RegularExpressions;
using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Features;

namespace SlicerBridge.Modeling.Packaging;

/// <summary>
/// A feature name as a model stores it: the phase, then a PyRadiomics name, e.g.
/// <c>arterial_wavelet-HLL_glszm_ZoneEntropy</c> is phase <c>arterial</c>, image type <c>wavelet-HLL</c>,
/// class <c>glszm</c>, feature <c>ZoneEntropy</c>.
/// </summary>
public readonly partial record struct TwoPhaseFeatureName(string Phase, FeatureName Feature)
{
    public const string Arterial = "arterial";
    public const string Venous = "venous";

    /// <summary>The phases, in the order of the two-phase vector.</summary>
    public static IReadOnlyList<string> Phases { get; } = [Arterial, Venous];

    /// <summary>
    /// The PyRadiomics image type (<c>imageType</c> key of a parameter file) this name's image comes from,
    /// e.g. <c>Wavelet</c> for <c>wavelet2-LHL</c>.
    /// </summary>
    public string ImageTypeKey => ImageTypeKeyOf(Feature.ImageType)!;

    /// <summary>
    /// Parses and checks a name: a known phase, a PyRadiomics image-type prefix, a feature class SlicerBridge
    /// knows, a feature that class defines, and shape only on the original image.
    /// </summary>
    public static TwoPhaseFeatureName Parse(string text, string? where = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        where ??= text;
        var separator = text.IndexOf('_', StringComparison.Ordinal);
        var phase = separator < 0 ? "" : text[..separator];
        if (!Phases.Contains(phase, StringComparer.Ordinal))
        {
            throw new InvalidInputException(
                $"feature '{text}' does not start with a phase ({Arterial}_ or {Venous}_)", where);
        }

        FeatureName name;
        try
        {
            name = FeatureName.Parse(text[(separator + 1)..]);
        }
        catch (InvalidInputException)
        {
            throw new InvalidInputException(
                $"feature '{text}' is not of the form <phase>_<imageType>_<class>_<Feature>", where);
        }

        if (ImageTypeKeyOf(name.ImageType) is null)
        {
            throw new InvalidInputException(
                $"feature '{text}' has an image type '{name.ImageType}' PyRadiomics does not name (e.g. original, log-sigma-3-0-mm-3D, wavelet-HLL)", where);
        }

        var family = FeatureFamilies.Find(name.FeatureClass)
            ?? throw new InvalidInputException(
                $"feature '{text}' names an unknown feature class '{name.FeatureClass}' (known: {string.Join(", ", FeatureFamilies.All.Select(f => f.Name))})", where);
        if (!family.Defines(name.Feature))
        {
            throw new InvalidInputException($"feature '{text}': class {family.Name} has no feature '{name.Feature}'", where);
        }

        if (family.Name == "shape" && name.ImageType != "original")
        {
            throw new InvalidInputException($"feature '{text}': shape features exist only on the original image", where);
        }

        return new TwoPhaseFeatureName(phase, name);
    }

    public override string ToString() => $"{Phase}_{Feature}";

    /// <summary>The parameter-file key of an image-type prefix as PyRadiomics writes it; null when PyRadiomics has no such prefix.</summary>
    private static string? ImageTypeKeyOf(string prefix)
    {
        var match = ImageTypePrefix().Match(prefix);
        return match.Success
            ? ImageTypeKeys.First(key => match.Groups[key].Success)
            : null;
    }

    private static readonly string[] ImageTypeKeys =
        ["Original", "LoG", "Wavelet", "Square", "SquareRoot", "Logarithm", "Exponential", "Gradient", "LBP2D", "LBP3D"];

    // Group names are the parameter-file keys. log-sigma-<sigma with '.' as '-'>-mm-3D; wavelet-XYZ at
    // level 1 and wavelet<k>-XYZ at level k (XY when 2D); lbp-3D-m<level> and lbp-3D-k for the 3D LBP.
    [GeneratedRegex(@"^(?:(?<Original>original)|(?<LoG>log-sigma-\d+(?:-\d+)?-mm-3D)|(?<Wavelet>wavelet\d*-[LH]{2,3})|(?<Square>square)|(?<SquareRoot>squareroot)|(?<Logarithm>logarithm)|(?<Exponential>exponential)|(?<Gradient>gradient)|(?<LBP2D>lbp-2D)|(?<LBP3D>lbp-3D-(?:m\d+|k)))$", RegexOptions.CultureInvariant)]
    private static partial Regex ImageTypePrefix();
}
