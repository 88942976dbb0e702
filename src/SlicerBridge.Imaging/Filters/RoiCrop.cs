namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// PyRadiomics' <c>cropToTumorMask</c>: image and mask cut to the ROI's bounding box grown by
/// <c>padDistance</c> voxels on each side, clipped at the image edge. Used for <c>preCrop</c> and after
/// resampling when the spacing already matched.
/// </summary>
public static class RoiCrop
{
    public static (ImageVolume Image, RoiMask Mask) ToBoundingBox(ImageVolume image, RoiMask mask, int padDistance)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        if (padDistance < 0)
        {
            throw new InvalidInputException($"padDistance {padDistance} must not be negative", "padDistance");
        }

        if (mask.IsEmpty)
        {
            throw new InvalidInputException("the mask holds no voxel of the label", "mask");
        }

        if (image.Size != mask.Geometry.Size)
        {
            throw new InvalidInputException(
                $"image size {image.Size} and mask size {mask.Geometry.Size} differ; the mask must be on the image grid", "mask");
        }

        var box = mask.BoundingBox.Pad(padDistance, image.Size);
        return (image.Crop(box), new RoiMask(mask.Geometry.Crop(box), mask.Crop(box)));
    }
}
