namespace SlicerBridge.Dicom.Segmentation;

/// <summary>SegmentationType (0062,0001).</summary>
public enum SegmentationType
{
    /// <summary>1 bit per pixel, frames packed back to back (not byte-aligned).</summary>
    Binary,

    /// <summary>8 bits per pixel, 0..MaximumFractionalValue (PROBABILITY or OCCUPANCY).</summary>
    Fractional,
}
