using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Features;

namespace SlicerBridge.Modeling.Packaging;

/// <summary>
/// A feature name as a model stores it: the phase, then a PyRadiomics name, e.g.
/// <c>arterial_wavelet-HLL_glszm_ZoneEntropy</c> is phase <c>arterial</c>, image type <c>wavelet-HLL</c>,
/// class <c>glszm</c>, feature <c>ZoneEntropy</c>.
/// </summary>
public readonly record struct TwoPhaseFeatureName(string Phase, FeatureName Feature)
{
    public const string Arterial = "arterial";
    public const string Venous = "venous";

    /// <summary>The phases, in the order of the two-phase vector.</summary>
    public static IReadOnlyList<string> Phases { get; } = [Arterial, Venous];

    /// <summary>
    /// The PyRadiomics image type (<c>imageType</c> key of a parameter file) this name's image comes from,
    /// e.g. <c>Wavelet</c> for <c>wavelet2-LHL</c>.
    /// </summary>
    public string ImageTypeKey => ImageTypeNames.TypeOf(Feature.ImageType);

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

        if (ImageTypeNames.TryTypeOf(name.ImageType) is null)
        {
            throw new InvalidInputException(
                $"feature '{text}' has an image type '{name.ImageType}' SlicerBridge does not compute (original, log-sigma-<σ>-mm-3D, wavelet-XYZ)", where);
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
}
