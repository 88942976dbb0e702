using SlicerBridge.Imaging;

namespace SlicerBridge.Modeling.Pacs;

/// <summary>
/// Where one phase's tumour mask comes from: a segment of a DICOM SEG on the PACS (named by its series
/// or instance UID), or a label map the caller uploaded on the phase's grid.
/// </summary>
public sealed record PhaseMaskSource
{
    private PhaseMaskSource()
    {
    }

    /// <summary>The SEG's SeriesInstanceUID or SOPInstanceUID; null for a label map.</summary>
    public string? SegUid { get; private init; }

    public int SegmentNumber { get; private init; } = 1;

    public ImageVolume? LabelMap { get; private init; }

    public int Label { get; private init; } = 1;

    public static PhaseMaskSource Seg(string seriesOrInstanceUid, int segmentNumber = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seriesOrInstanceUid);
        return segmentNumber is >= 1 and <= ushort.MaxValue
            ? new PhaseMaskSource { SegUid = seriesOrInstanceUid.Trim(), SegmentNumber = segmentNumber }
            : throw new InvalidInputException($"segment numbers are 1..65535, not {segmentNumber}", "segment");
    }

    public static PhaseMaskSource FromLabelMap(ImageVolume labelMap, int label = 1)
    {
        ArgumentNullException.ThrowIfNull(labelMap);
        return new PhaseMaskSource { LabelMap = labelMap, Label = label };
    }

    public override string ToString() => SegUid is { } uid ? $"segment {SegmentNumber} of SEG {uid}" : $"label {Label} of the uploaded label map";
}
