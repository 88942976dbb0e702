namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// SimpleITK's LaplacianRecursiveGaussianImageFilter with NormalizeAcrossScale on, as PyRadiomics calls
/// it: for each axis d, the recursive second derivative along d and the recursive Gaussian along the
/// other two axes (in increasing order), each stored as float; the sum accumulates in float as
/// <c>sum + term / spacing_d²</c>. σ is in mm. The output is float32, SimpleITK's output pixel type.
/// </summary>
public static class LaplacianOfGaussian
{
    /// <summary>The smallest size along every axis the recursive filter accepts (ITK throws below it).</summary>
    public const int MinimumSize = 4;

    public static ImageVolume Apply(ImageVolume image, double sigma, ImagingLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        image.Geometry.Validate("image");
        if (!double.IsFinite(sigma) || sigma <= 0)
        {
            throw new InvalidInputException($"LoG sigma {sigma} must be a finite number greater than 0", "sigma");
        }

        var size = image.Size;
        if (size.X < MinimumSize || size.Y < MinimumSize || size.Z < MinimumSize)
        {
            throw new InvalidInputException(
                $"image of size {size} is too small for the LoG filter (at least {MinimumSize} voxels per axis)", "sigma");
        }

        var caps = limits ?? ImagingLimits.Default;
        // The input as double plus three float volumes (two passes and the running sum).
        caps.EnsureFits(image.VoxelCount, sizeof(double) + 3 * sizeof(float), "image");
        var input = image.ToDoubleArray();
        var sum = new float[input.Length];
        var first = new float[input.Length];
        var second = new float[input.Length];
        for (var axis = 0; axis < 3; axis++)
        {
            var spacing = image.Geometry.Spacing;
            AxisLines.Filter(input, first, size, axis, RecursiveGaussian.SecondDerivative(sigma, spacing[axis]));
            var (a, b) = OtherAxes(axis);
            AxisLines.Filter(first, second, size, a, RecursiveGaussian.Smoothing(sigma, spacing[a]));
            AxisLines.Filter(second, first, size, b, RecursiveGaussian.Smoothing(sigma, spacing[b]));
            Accumulate(sum, first, 1.0 / (spacing[axis] * spacing[axis]));
        }

        return ImageVolume.Create(image.Geometry, sum);
    }

    private static (int, int) OtherAxes(int axis) => axis switch
    {
        0 => (1, 2),
        1 => (0, 2),
        _ => (0, 1),
    };

    private static void Accumulate(float[] sum, float[] term, double scale)
    {
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] = (float)(sum[i] + term[i] * scale);
        }
    }
}
