namespace SlicerBridge.Dicom.StructuredReport;

/// <summary>Identity and provenance of a written score report. UIDs are random and the time is now unless set.</summary>
public sealed record StructuredReportOptions
{
    public static StructuredReportOptions Default { get; } = new();

    /// <summary>Source of the new series, instance and tracking UIDs.</summary>
    public UidSource Uids { get; init; } = UidSource.Random;

    public int SeriesNumber { get; init; } = 1001;

    public string SeriesDescription { get; init; } = "SlicerBridge radiomics score";

    /// <summary>ContentDate/ContentTime in UTC; defaults to the current time.</summary>
    public DateTime? ContentDateTime { get; init; }

    public string Manufacturer { get; init; } = "SlicerBridge";

    public string SoftwareVersions { get; init; } = "0.1.0";

    /// <summary>Identifies the tumour across reports (TrackingIdentifier).</summary>
    public string TrackingIdentifier { get; init; } = "Tumour 1";
}
