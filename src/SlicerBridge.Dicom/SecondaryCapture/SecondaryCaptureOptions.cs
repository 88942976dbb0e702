using SlicerBridge.Dicom.StructuredReport;

namespace SlicerBridge.Dicom.SecondaryCapture;

/// <summary>Identity and provenance of a written Secondary Capture. UIDs are random and the time is now unless set.</summary>
public sealed record SecondaryCaptureOptions
{
    public static SecondaryCaptureOptions Default { get; } = new();

    public UidSource Uids { get; init; } = UidSource.Random;

    public int SeriesNumber { get; init; } = 1002;

    public string SeriesDescription { get; init; } = "SlicerBridge risk panel";

    /// <summary>ContentDate/ContentTime in UTC; defaults to the current time.</summary>
    public DateTime? ContentDateTime { get; init; }

    public string Manufacturer { get; init; } = "SlicerBridge";

    public string SoftwareVersions { get; init; } = "0.1.0";

    /// <summary>BurnedInAnnotation: "YES" unless the caller knows the image shows nothing that identifies the patient.</summary>
    public bool BurnedInAnnotation { get; init; } = true;
}
