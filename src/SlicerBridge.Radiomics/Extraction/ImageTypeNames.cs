using System.Globalization;
using System.Text.RegularExpressions;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Filters;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>
/// Maps feature-name prefixes (<c>original</c>, <c>log-sigma-3-0-mm-3D</c>, <c>wavelet-HLL</c>,
/// <c>wavelet2-LLL</c>) to the parameter-file image types that produce them.
/// </summary>
public static partial class ImageTypeNames
{
    public const string Original = "Original";
    public const string LoG = "LoG";
    public const string Wavelet = "Wavelet";

    public static string TypeOf(string prefix) =>
        TryTypeOf(prefix) ?? throw new InvalidInputException($"unknown or unsupported image type '{prefix}'", prefix);

    /// <summary>The parameter-file image type of a feature-name prefix SlicerBridge computes; null for any other prefix.</summary>
    public static string? TryTypeOf(string prefix) =>
        prefix == "original" ? Original
        : LogPrefix().IsMatch(prefix) ? LoG
        : WaveletPrefix().IsMatch(prefix) ? Wavelet
        : null;

    [GeneratedRegex(@"^log-sigma-\d+(?:-\d+)?-mm-3D$", RegexOptions.CultureInvariant)]
    private static partial Regex LogPrefix();

    /// <summary>wavelet-XYZ at level 1, wavelet&lt;k&gt;-XYZ at level k, two letters under force2D.</summary>
    [GeneratedRegex(@"^wavelet\d*-[LH]{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex WaveletPrefix();

    /// <summary>The σ a <c>log-sigma-…-mm-3D</c> prefix names, as the parameter file must have written it.</summary>
    internal static LogSigma SigmaOf(string prefix)
    {
        var text = prefix["log-sigma-".Length..^"-mm-3D".Length];
        var dash = text.IndexOf('-', StringComparison.Ordinal);
        var number = dash < 0 ? text : text[..dash] + "." + text[(dash + 1)..];
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value > 0))
        {
            throw new InvalidInputException($"'{prefix}' does not name a LoG sigma", prefix);
        }

        var sigma = new LogSigma(value, WrittenAsInteger: dash < 0);
        return sigma.ImageTypeName == prefix
            ? sigma
            : throw new InvalidInputException($"'{prefix}' is not a LoG image name PyRadiomics would write", prefix);
    }

    /// <summary>The image type's settings: the parameter file's if it enables the type, else the global settings.</summary>
    internal static ImageTypeSpec Spec(ExtractionParameters parameters, string type) =>
        parameters.ImageTypes.FirstOrDefault(t => t.Name == type) ?? new ImageTypeSpec(type, parameters.Settings);
}
