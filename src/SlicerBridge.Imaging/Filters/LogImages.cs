using System.Globalization;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// PyRadiomics' <c>getLoGImage</c>: one <see cref="LaplacianOfGaussian"/> image per σ, with its size
/// guards. Nothing is produced when any axis has fewer than 4 voxels; a σ ≤ 0 is skipped; a σ is
/// skipped when some axis has fewer than ⌈σ / spacing⌉ + 1 voxels. Skips are warnings, as in
/// PyRadiomics, never errors.
/// </summary>
public static class LogImages
{
    public static FilterOutput Generate(ImageVolume image, IEnumerable<LogSigma> sigmas, ImagingLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(sigmas);
        var images = new List<FilteredImage>();
        var warnings = new List<string>();
        var size = image.Size;
        var spacing = image.Geometry.Spacing;
        if (Math.Min(size.X, Math.Min(size.Y, size.Z)) < LaplacianOfGaussian.MinimumSize)
        {
            warnings.Add($"Image too small to apply LoG filter, size: {size}");
            return new FilterOutput(images, warnings);
        }

        foreach (var sigma in sigmas)
        {
            if (!(sigma.Value > 0.0))
            {
                warnings.Add(Invariant($"applyLoG: sigma must be greater than 0.0: {sigma.Value:G6}"));
                continue;
            }

            if (!FitsImage(sigma.Value, size, spacing))
            {
                warnings.Add(Invariant(
                    $"applyLoG: sigma({sigma.Value:G6})/spacing({spacing}) + 1 must be greater than the size({size}) of the inputImage"));
                continue;
            }

            images.Add(new FilteredImage(sigma.ImageTypeName, LaplacianOfGaussian.Apply(image, sigma.Value, limits)));
        }

        return new FilterOutput(images, warnings);
    }

    private static bool FitsImage(double sigma, Size3 size, Vec3 spacing)
    {
        for (var axis = 0; axis < 3; axis++)
        {
            if (!(size[axis] >= Math.Ceiling(sigma / spacing[axis]) + 1))
            {
                return false;
            }
        }

        return true;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
