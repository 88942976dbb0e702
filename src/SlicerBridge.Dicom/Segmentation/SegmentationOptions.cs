namespace SlicerBridge.Dicom.Segmentation;

/// <summary>How SEG frames are placed on an image grid.</summary>
public sealed record SegmentationOptions
{
    public static SegmentationOptions Default { get; } = new();

    /// <summary>
    /// Largest distance of a frame's position from a grid slice, in voxels along each axis (default 0.05).
    /// SEG frames must lie on the grid's slices: a SEG drawn on another grid needs resampling, which is not done here.
    /// </summary>
    public double PositionTolerance { get; init; } = 0.05;

    /// <summary>
    /// A FRACTIONAL pixel is inside when value / MaximumFractionalValue is at least this (default 0.5),
    /// i.e. probability or occupancy of one half or more counts as the segment.
    /// </summary>
    public double FractionalThreshold { get; init; } = 0.5;

    /// <summary>Largest direction-cosine difference between the SEG planes and the grid (default 1e-3: DS rounding).</summary>
    public double OrientationTolerance { get; init; } = 1e-3;
}
