using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Filters;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>
/// Produces each image of an image type (original, one per LoG σ, the wavelet decompositions) as the
/// values on the case's box. Filters run on the preprocessed image; when PyRadiomics would filter the
/// whole uncropped image, they run on the box plus a margin wide enough to give the same values.
/// </summary>
internal static class ImageTypeSources
{
    /// <summary>
    /// ITK's recursive Gaussian answers a step at distance d with a tail below e^(−1.68·d/σ), so
    /// beyond 12 σ the crop edge moves a value by less than 2e-9 of the step: whole-image filtering,
    /// to the precision the features are held to, at a fraction of the memory and time.
    /// </summary>
    private const double LogMarginSigmas = 12;

    public static IEnumerable<(string Prefix, double[] Values)> Generate(ImageTypeWork work, PreparedCase prepared,
        ImagingLimits limits, List<string> warnings)
    {
        switch (work.Spec.Name)
        {
            case ImageTypeNames.Original:
                yield return ("original", prepared.OriginalValues);
                break;
            case ImageTypeNames.LoG:
                foreach (var sigma in work.Sigmas)
                {
                    if (work.ClassesFor(sigma.ImageTypeName).Count == 0)
                    {
                        continue;
                    }

                    var region = Region(prepared, axis => (int)Math.Ceiling(LogMarginSigmas * sigma.Value / prepared.Spacing[axis]), wrapAround: false);
                    var output = LogImages.Generate(prepared.Image.Region(region), [sigma], limits);
                    warnings.AddRange(output.Warnings);
                    foreach (var image in output.Images)
                    {
                        yield return (image.ImageTypeName, BoxValues(image.Image, region, prepared.Box));
                    }
                }

                break;
            case ImageTypeNames.Wavelet:
                var settings = work.Spec.Settings;
                var taps = WaveletFilterBank.FilterLength(settings.Wavelet);
                var waveletRegion = Region(prepared, _ => taps * (settings.StartLevel + settings.Level), wrapAround: true);
                var wavelets = StationaryWavelet.Generate(prepared.Image.Region(waveletRegion), settings.Wavelet, settings.Level,
                    settings.StartLevel, settings.Force2D ? settings.Force2DDimension : null, limits);
                warnings.AddRange(wavelets.Warnings);
                foreach (var image in wavelets.Images.Where(i => work.ClassesFor(i.ImageTypeName).Count > 0))
                {
                    yield return (image.ImageTypeName, BoxValues(image.Image, waveletRegion, prepared.Box));
                }

                break;
            default:
                throw new InvalidInputException($"image type '{work.Spec.Name}' is not supported", work.Spec.Name);
        }
    }

    /// <summary>
    /// The region to filter: the whole preprocessed image when PyRadiomics cropped it (resampling or
    /// preCrop), else the box plus <paramref name="margin"/> voxels per axis. A periodic filter
    /// (<paramref name="wrapAround"/>) that would reach an image edge takes the full axis, so it wraps as
    /// the whole image does.
    /// </summary>
    private static BoundingBox Region(PreparedCase prepared, Func<int, int> margin, bool wrapAround)
    {
        var size = prepared.Image.Volume.Size;
        var full = new BoundingBox(0, 0, 0, size.X, size.Y, size.Z);
        if (!prepared.IsWholeImage)
        {
            return full;
        }

        var box = prepared.Box;
        Span<int> lower = stackalloc int[3];
        Span<int> extent = stackalloc int[3];
        for (var axis = 0; axis < 3; axis++)
        {
            var m = margin(axis);
            var low = box.Lower(axis) - m;
            var high = box.Lower(axis) + box.Extent(axis) + m;
            if (wrapAround && (low < 0 || high > size[axis]))
            {
                (low, high) = (0, size[axis]);
            }

            lower[axis] = Math.Max(0, low);
            extent[axis] = Math.Min(size[axis], high) - lower[axis];
        }

        return new BoundingBox(lower[0], lower[1], lower[2], extent[0], extent[1], extent[2]);
    }

    private static double[] BoxValues(ImageVolume filtered, BoundingBox region, BoundingBox box)
    {
        var values = new double[box.Size.VoxelCount];
        filtered.CopyTo(new BoundingBox(box.X - region.X, box.Y - region.Y, box.Z - region.Z, box.SizeX, box.SizeY, box.SizeZ), values);
        return values;
    }
}
