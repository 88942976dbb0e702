namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// ITK's x86-64 rounding (itkMathDetail.h, SSE2 path): both go through round-half-to-even of 2x ± 0.5
/// and a shift, which differs from <see cref="Math.Floor(double)"/> within an ulp of an integer. The
/// resampler copies it so ties and near-ties land on the same voxel as in ITK.
/// </summary>
internal static class ItkRounding
{
    /// <summary><c>itk::Math::Floor</c>.</summary>
    public static long Floor(double x) => (long)Math.Round(2 * x - 0.5, MidpointRounding.ToEven) >> 1;

    /// <summary><c>itk::Math::RoundHalfIntegerUp</c> (ties go to the upper integer).</summary>
    public static long RoundHalfUp(double x) => (long)Math.Round(2 * x + 0.5, MidpointRounding.ToEven) >> 1;
}
