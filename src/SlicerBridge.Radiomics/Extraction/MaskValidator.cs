using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>
/// PyRadiomics' <c>checkMask</c>: the ROI must exist, span at least <c>minimumROIDimensions</c>
/// axes with more than one voxel (a single voxel is always rejected) and hold at least
/// <c>minimumROISize</c> voxels.
/// </summary>
internal static class MaskValidator
{
    public static void Check(RoiMask roi, ExtractionSettings settings, string what, string? where)
    {
        if (roi.IsEmpty)
        {
            throw new InvalidInputException($"{what} is empty", where);
        }

        if (roi.VoxelCount == 1)
        {
            throw new InvalidInputException($"{what} is a single voxel; features need at least 2", where);
        }

        var box = roi.BoundingBox;
        var dimensions = (box.SizeX > 1 ? 1 : 0) + (box.SizeY > 1 ? 1 : 0) + (box.SizeZ > 1 ? 1 : 0);
        if (dimensions < settings.MinimumRoiDimensions)
        {
            throw new InvalidInputException(
                $"{what} extends over {dimensions} dimension(s) but minimumROIDimensions is {settings.MinimumRoiDimensions}", where);
        }

        if (settings.MinimumRoiSize is { } minimum && roi.VoxelCount < minimum)
        {
            throw new InvalidInputException(
                $"{what} has {roi.VoxelCount} voxels but minimumROISize is {minimum}", where);
        }
    }
}
