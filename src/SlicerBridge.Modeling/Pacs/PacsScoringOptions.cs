using SlicerBridge.Dicom.SecondaryCapture;
using SlicerBridge.Dicom.Segmentation;
using SlicerBridge.Dicom.Series;
using SlicerBridge.Dicom.StructuredReport;

namespace SlicerBridge.Modeling.Pacs;

/// <summary>How the PACS workflow loads, maps and writes back.</summary>
public sealed record PacsScoringOptions
{
    public static PacsScoringOptions Default { get; } = new();

    public CtSeriesOptions Series { get; init; } = CtSeriesOptions.Default;

    public SegmentationOptions Segmentation { get; init; } = SegmentationOptions.Default;

    /// <summary>UIDs of the stored SR and SC: random, or derived for reproducible runs.</summary>
    public UidSource Uids { get; init; } = UidSource.Random;

    /// <summary>Content date and time of the stored objects (UTC); now when null.</summary>
    public DateTime? ContentDateTime { get; init; }

    /// <summary>Renders the risk panel stored as a Secondary Capture; no SC is stored when null.</summary>
    public Func<ScoreSummary, RgbImage>? Panel { get; init; }
}
