using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Features;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>
/// PyRadiomics' segment-based <c>execute</c> on one image and label map: preprocessing (mask checks,
/// normalisation, resampling or preCrop, resegmentation), shape on the un-resegmented mask, then every
/// enabled image type and feature class on the crop to the ROI's bounding box. Image types run in
/// parallel; the output order is PyRadiomics' (shape, then each image type and class in turn).
/// </summary>
public sealed class RadiomicsExtractor
{
    private static readonly string Version = typeof(RadiomicsExtractor).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    private readonly ImagingLimits _limits;

    public RadiomicsExtractor(ExtractionParameters parameters, ImagingLimits? limits = null)
    {
        Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
        _limits = limits ?? ImagingLimits.Default;
    }

    public ExtractionParameters Parameters { get; }

    /// <param name="image">The image, any voxel type.</param>
    /// <param name="labelMap">The label map on the same grid.</param>
    /// <param name="label">The label to extract; the settings' label when null.</param>
    /// <param name="features">Exact feature names to compute; everything the parameters enable when null.</param>
    /// <param name="where">Names the case in error messages (a file path or case ID; never patient data).</param>
    /// <param name="cancellationToken">Checked between image types and images, so a cancelled call stops early.</param>
    public ExtractionResult Execute(ImageVolume image, ImageVolume labelMap, int? label = null,
        IReadOnlyCollection<string>? features = null, string? where = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(labelMap);
        var settings = label is { } l ? Parameters.Settings with { Label = l } : Parameters.Settings;
        var plan = features is null ? ExtractionPlan.FromParameters(Parameters) : ExtractionPlan.ForFeatures(Parameters, features);

        var diagnostics = new List<KeyValuePair<string, string>>();
        if (settings.AdditionalInfo)
        {
            diagnostics.Add(new("Versions_SlicerBridge", Version));
            diagnostics.Add(new("Configuration_EnabledImageTypes", string.Join(", ", plan.ImageTypes.Select(t => t.Spec.Name))));
        }

        var prepared = CasePreparation.Prepare(image, labelMap, settings, _limits, where, diagnostics);
        cancellationToken.ThrowIfCancellationRequested();
        var result = new List<KeyValuePair<string, double>>();
        if (plan.ShapeFeatures.Count > 0)
        {
            var shapeInput = new FeatureInput(prepared.Box.Size, prepared.Spacing, prepared.OriginalValues, prepared.ShapeMask, settings);
            AddFeatures(result, "original", FeatureFamilies.Find("shape")!, plan.ShapeFeatures, shapeInput);
        }

        // One unit per filter run (each LoG σ on its own), run in parallel; each unit's images in parallel too.
        var units = plan.ImageTypes
            .SelectMany(w => w.Spec.Name == ImageTypeNames.LoG ? w.Sigmas.Select(s => w with { Sigmas = [s] }) : [w])
            .ToList();
        var perUnit = new List<KeyValuePair<string, double>>[units.Count];
        var warnings = new List<string>();
        var parallel = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, units.Count, parallel, u =>
        {
            var unitWarnings = new List<string>();
            var images = ImageTypeSources.Generate(units[u], prepared, _limits, unitWarnings).ToList();
            var perImage = new List<KeyValuePair<string, double>>[images.Count];
            Parallel.For(0, images.Count, parallel, i =>
            {
                var (prefix, values) = images[i];
                var input = new FeatureInput(prepared.Box.Size, prepared.Spacing, values, prepared.Mask,
                    units[u].Spec.Settings with { Label = settings.Label });
                perImage[i] = [];
                foreach (var classWork in units[u].ClassesFor(prefix))
                {
                    AddFeatures(perImage[i], prefix, classWork.Family, classWork.Features, input);
                }
            });
            perUnit[u] = perImage.SelectMany(list => list).ToList();
            lock (warnings)
            {
                warnings.AddRange(unitWarnings);
            }
        });

        foreach (var list in perUnit)
        {
            result.AddRange(list);
        }

        if (settings.AdditionalInfo)
        {
            diagnostics.AddRange(warnings.Select((w, i) => new KeyValuePair<string, string>($"Warnings_{i + 1}", w)));
        }

        return new ExtractionResult(result, diagnostics);
    }

    private static void AddFeatures(List<KeyValuePair<string, double>> result, string prefix, FeatureFamily family,
        IReadOnlyList<string> features, FeatureInput input)
    {
        var values = family.Compute(input, features);
        for (var i = 0; i < features.Count; i++)
        {
            result.Add(new($"{prefix}_{family.Name}_{features[i]}", values[i]));
        }
    }
}
