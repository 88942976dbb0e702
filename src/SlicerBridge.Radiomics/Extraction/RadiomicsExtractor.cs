using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Radiomics.Features;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>
/// PyRadiomics' segment-based <c>execute</c> on one image and label map: mask checks, normalisation,
/// resegmentation, shape on the un-resegmented mask, then every enabled image type and feature
/// class on the crop to the ROI's bounding box. Works on the crop only, so a whole CT costs one
/// pass for diagnostics and nothing more.
/// </summary>
public sealed class RadiomicsExtractor
{
    private static readonly string Version = typeof(RadiomicsExtractor).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    public RadiomicsExtractor(ExtractionParameters parameters)
    {
        Parameters = parameters ?? throw new ArgumentNullException(nameof(parameters));
    }

    public ExtractionParameters Parameters { get; }

    /// <param name="image">The image, any voxel type.</param>
    /// <param name="labelMap">The label map on the same grid.</param>
    /// <param name="label">The label to extract; the settings' label when null.</param>
    /// <param name="features">Exact feature names to compute; everything the parameters enable when null.</param>
    /// <param name="where">Names the case in error messages (a file path or case ID; never patient data).</param>
    public ExtractionResult Execute(ImageVolume image, ImageVolume labelMap, int? label = null,
        IReadOnlyCollection<string>? features = null, string? where = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(labelMap);
        var settings = label is { } l ? Parameters.Settings with { Label = l } : Parameters.Settings;
        var plan = features is null ? ExtractionPlan.FromParameters(Parameters) : ExtractionPlan.ForFeatures(Parameters, features);

        image.Geometry.Validate(where);
        CheckSameGrid(image.Geometry, labelMap.Geometry, settings, where);
        var roi = RoiMask.FromLabel(labelMap, settings.Label, where);
        if (roi.IsEmpty)
        {
            var present = RoiMask.LabelsPresent(labelMap);
            throw new InvalidInputException(
                $"label {settings.Label} is not present in the mask (labels present: {(present.Count == 0 ? "none" : string.Join(", ", present))})", where);
        }

        MaskValidator.Check(roi, settings, "the ROI", where);

        var diagnostics = new List<KeyValuePair<string, string>>();
        if (settings.AdditionalInfo)
        {
            diagnostics.Add(new("Versions_SlicerBridge", Version));
            diagnostics.Add(new("Configuration_EnabledImageTypes", string.Join(", ", plan.ImageTypes.Select(t => t.Spec.Name))));
            diagnostics.AddRange(MaskDiagnostics.Image("Image-original_", image));
            diagnostics.AddRange(MaskDiagnostics.Mask("Mask-original_", roi));
        }

        var box = roi.BoundingBox;
        var values = new double[box.Size.VoxelCount];
        image.CopyTo(box, values);
        if (settings.Normalize)
        {
            new ImageNormalizer(image, settings).Apply(values);
        }

        var mask = roi.Crop(box);
        CheckFinite(values, mask, where);
        var shapeMask = (byte[])mask.Clone();
        var size = box.Size;

        if (settings.ResegmentRange is not null)
        {
            Resegmenter.Apply(values, mask, settings);
            var resegmented = new RoiMask(image.Geometry.Crop(box), mask);
            MaskValidator.Check(resegmented, settings, "the resegmented ROI", where);
            if (settings.AdditionalInfo)
            {
                diagnostics.Add(new("Mask-resegmented_VoxelNum", resegmented.VoxelCount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            // PyRadiomics crops everything, shape included, to the box of the last mask check.
            var inner = resegmented.BoundingBox;
            values = VoxelBuffer.Crop<double>(values, size, inner);
            mask = VoxelBuffer.Crop<byte>(mask, size, inner);
            shapeMask = VoxelBuffer.Crop<byte>(settings.ResegmentShape ? mask : shapeMask, size, inner);
            size = inner.Size;
        }

        var spacing = image.Geometry.Spacing;
        var result = new List<KeyValuePair<string, double>>();
        if (plan.ShapeFeatures.Count > 0)
        {
            var shapeInput = new FeatureInput(size, spacing, values, shapeMask, settings);
            AddFeatures(result, "original", FeatureFamilies.Find("shape")!, plan.ShapeFeatures, shapeInput);
        }

        foreach (var work in plan.ImageTypes)
        {
            // Only the original image type exists so far: its input is the crop itself.
            var input = new FeatureInput(size, spacing, values, mask, work.Spec.Settings with { Label = settings.Label });
            foreach (var classWork in work.Classes)
            {
                AddFeatures(result, work.Prefix, classWork.Family, classWork.Features, input);
            }
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

    private static void CheckSameGrid(ImageGeometry image, ImageGeometry mask, ExtractionSettings settings, string? where)
    {
        var tolerance = settings.GeometryTolerance ?? ImageGeometry.DefaultTolerance;
        if (!image.IsSameGrid(mask, tolerance, tolerance))
        {
            throw new InvalidInputException(
                $"image and mask geometry do not match: {image.DescribeDifference(mask)}", where);
        }
    }

    private static void CheckFinite(double[] values, byte[] mask, string? where)
    {
        for (var i = 0; i < values.Length; i++)
        {
            if (mask[i] != 0 && !double.IsFinite(values[i]))
            {
                throw new InvalidInputException("image has NaN or infinite values inside the ROI", where);
            }
        }
    }
}
