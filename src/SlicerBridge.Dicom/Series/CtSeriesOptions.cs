using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.Series;

/// <summary>Tolerances and policies for turning CT slices into one volume.</summary>
public sealed record CtSeriesOptions
{
    public static CtSeriesOptions Default { get; } = new();

    /// <summary>
    /// Largest allowed deviation of a slice-to-slice distance from the mean spacing, relative to it
    /// (default 1%: absorbs the rounding of 16-character DS positions, catches a missing slice).
    /// </summary>
    public double SliceSpacingTolerance { get; init; } = 0.01;

    /// <summary>Largest difference of direction cosines between slices, and from unit length/orthogonality (default 1e-4).</summary>
    public double OrientationTolerance { get; init; } = 1e-4;

    /// <summary>
    /// Largest in-plane offset of a slice from the stack axis, as a fraction of the smaller pixel spacing
    /// (default 0.05). A larger offset is a sheared stack (gantry tilt), which would need resampling.
    /// </summary>
    public double StackAlignmentTolerance { get; init; } = 0.05;

    /// <summary>
    /// A single slice is rejected by default: a radiomics volume of one slice has no measured z spacing.
    /// When allowed, its z spacing is SpacingBetweenSlices, else SliceThickness, else 1 mm.
    /// </summary>
    public bool AllowSingleSlice { get; init; }

    public ImagingLimits Limits { get; init; } = ImagingLimits.Default;
}
