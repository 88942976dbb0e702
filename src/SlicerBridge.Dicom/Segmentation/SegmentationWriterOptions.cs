namespace SlicerBridge.Dicom.Segmentation;

/// <summary>Identity and provenance of a written SEG. UIDs and times default to new ones; set them for reproducible output.</summary>
public sealed record SegmentationWriterOptions
{
    public static SegmentationWriterOptions Default { get; } = new();

    public string? SopInstanceUid { get; init; }

    public string? SeriesInstanceUid { get; init; }

    public int SeriesNumber { get; init; } = 1000;

    public string SeriesDescription { get; init; } = "SlicerBridge segmentation";

    public string ContentLabel { get; init; } = "SEGMENTATION";

    /// <summary>ContentDate/ContentTime; defaults to the current UTC time.</summary>
    public DateTime? ContentDateTime { get; init; }

    public string Manufacturer { get; init; } = "SlicerBridge";

    public string ManufacturerModelName { get; init; } = "SlicerBridge";

    public string DeviceSerialNumber { get; init; } = "1";

    public string SoftwareVersions { get; init; } = "0.1.0";
}
