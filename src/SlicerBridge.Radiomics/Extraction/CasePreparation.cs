using System.Globalization;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Filters;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>
/// PyRadiomics' preprocessing in its order: label selection and mask check, normalisation of the whole
/// image, resampling (or preCrop), the mask check on the new grid, then resegmentation and its check.
/// </summary>
internal static class CasePreparation
{
    public static PreparedCase Prepare(ImageVolume image, ImageVolume labelMap, ExtractionSettings settings,
        ImagingLimits limits, string? where, List<KeyValuePair<string, string>> diagnostics)
    {
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
        if (settings.AdditionalInfo)
        {
            diagnostics.AddRange(MaskDiagnostics.Image("Image-original_", image));
            diagnostics.AddRange(MaskDiagnostics.Mask("Mask-original_", roi));
        }

        var normalizer = settings.Normalize ? new ImageNormalizer(image, settings) : null;
        var working = image;
        var mask = roi;
        var whole = true;
        if (settings.ResampledPixelSpacing is { } spacing && settings.Interpolator is { } interpolator)
        {
            // PyRadiomics resamples the normalised image, so it is normalised in full first.
            var source = normalizer is null ? image : Normalized(image, normalizer, limits);
            normalizer = null;
            var resampled = Resampler.Resample(source, roi,
                new ResampleSettings(new Vec3(spacing[0], spacing[1], spacing[2]), interpolator, settings.PadDistance), limits);
            (working, mask, whole) = (resampled.Image, resampled.Mask, false);
            if (settings.AdditionalInfo)
            {
                diagnostics.Add(new("Image-interpolated_Spacing", resampled.Diagnostics.Spacing.ToString()));
                diagnostics.Add(new("Image-interpolated_Size", resampled.Diagnostics.Size.ToString()));
                diagnostics.Add(new("Mask-interpolated_VoxelNum", resampled.Diagnostics.RoiVoxelCount.ToString(CultureInfo.InvariantCulture)));
            }

            MaskValidator.Check(mask, settings, "the resampled ROI", where);
        }
        else if (settings.PreCrop)
        {
            (working, mask) = RoiCrop.ToBoundingBox(image, roi, settings.PadDistance);
            whole = false;
        }

        var caseImage = new CaseImage(working, normalizer);
        var box = mask.BoundingBox;
        var values = caseImage.Values(box);
        var roiCrop = mask.Crop(box);
        CheckFinite(values, roiCrop, where);
        var shapeCrop = (byte[])roiCrop.Clone();

        if (settings.ResegmentRange is not null)
        {
            Resegmenter.Apply(values, roiCrop, settings);
            var resegmented = new RoiMask(working.Geometry.Crop(box), roiCrop);
            MaskValidator.Check(resegmented, settings, "the resegmented ROI", where);
            if (settings.AdditionalInfo)
            {
                diagnostics.Add(new("Mask-resegmented_VoxelNum", resegmented.VoxelCount.ToString(CultureInfo.InvariantCulture)));
            }

            // PyRadiomics crops everything, shape included, to the box of the last mask check.
            var inner = resegmented.BoundingBox;
            values = VoxelBuffer.Crop<double>(values, box.Size, inner);
            shapeCrop = VoxelBuffer.Crop<byte>(settings.ResegmentShape ? roiCrop : shapeCrop, box.Size, inner);
            roiCrop = VoxelBuffer.Crop<byte>(roiCrop, box.Size, inner);
            box = new BoundingBox(box.X + inner.X, box.Y + inner.Y, box.Z + inner.Z, inner.SizeX, inner.SizeY, inner.SizeZ);
        }

        return new PreparedCase(caseImage, box, roiCrop, shapeCrop, values, whole);
    }

    private static ImageVolume Normalized(ImageVolume image, ImageNormalizer normalizer, ImagingLimits limits)
    {
        limits.EnsureFits(image.VoxelCount, sizeof(double), "normalize");
        var values = image.ToDoubleArray();
        normalizer.Apply(values);
        return ImageVolume.Create(image.Geometry, values);
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
