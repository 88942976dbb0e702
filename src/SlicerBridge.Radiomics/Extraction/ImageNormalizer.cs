using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>
/// PyRadiomics' <c>normalizeImage</c>: SimpleITK's Normalize over the WHOLE image (mean and the
/// n-1 standard deviation of every voxel), optional clipping at ±removeOutliers, then ×normalizeScale.
/// The statistics come from the whole image; the map is applied only to the voxels later used.
/// </summary>
internal sealed class ImageNormalizer
{
    private readonly double _mean;
    private readonly double _sigma;
    private readonly double? _outliers;
    private readonly double _scale;

    public ImageNormalizer(ImageVolume image, ExtractionSettings settings)
    {
        var (count, sum, sumOfSquares, _, _) = VoxelStatistics.Of(image);
        _mean = sum / count;
        _sigma = Math.Sqrt((sumOfSquares - sum * sum / count) / (count - 1));
        if (!(_sigma > 0))
        {
            throw new InvalidInputException("normalize needs an image that is not constant", "normalize");
        }

        _outliers = settings.RemoveOutliers;
        _scale = settings.NormalizeScale;
    }

    public void Apply(Span<double> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var v = (values[i] - _mean) / _sigma;
            if (_outliers is { } limit)
            {
                v = Math.Clamp(v, -limit, limit);
            }

            values[i] = v * _scale;
        }
    }
}
