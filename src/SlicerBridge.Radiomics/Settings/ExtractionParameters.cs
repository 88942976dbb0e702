using SlicerBridge.Radiomics.Features;

namespace SlicerBridge.Radiomics.Settings;

/// <summary>
/// A whole PyRadiomics parameter file, parsed and validated: global settings, enabled image types
/// and enabled feature classes. <see cref="Default"/> is PyRadiomics' behaviour without a file:
/// the original image and every non-deprecated feature of every class.
/// </summary>
public sealed record ExtractionParameters
{
    public static ExtractionParameters Default { get; } = new();

    public ExtractionSettings Settings { get; init; } = ExtractionSettings.Default;

    public IReadOnlyList<ImageTypeSpec> ImageTypes { get; init; } = [new("Original", ExtractionSettings.Default)];

    public IReadOnlyList<FeatureClassSpec> FeatureClasses { get; init; } =
        FeatureFamilies.All.Select(f => new FeatureClassSpec(f.Name, f.DefaultFeatureNames.ToList())).ToList();

    /// <summary>The parameter file's text when read from one, kept so a model can embed exactly what it was trained with.</summary>
    public string? SourceText { get; init; }

    /// <summary>
    /// The same parameters with <paramref name="change"/> applied to the global settings and to each image type's
    /// own, so per-type settings such as LoG's <c>sigma</c> survive.
    /// </summary>
    public ExtractionParameters WithSettings(Func<ExtractionSettings, ExtractionSettings> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return this with
        {
            Settings = change(Settings),
            ImageTypes = ImageTypes.Select(t => t with { Settings = change(t.Settings) }).ToList(),
        };
    }
}
