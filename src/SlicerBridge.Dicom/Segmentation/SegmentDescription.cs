namespace SlicerBridge.Dicom.Segmentation;

/// <summary>One item of SegmentSequence (0062,0002).</summary>
public sealed record SegmentDescription(
    int Number,
    string Label,
    DicomCode Category,
    DicomCode Type,
    string AlgorithmType = "MANUAL",
    string? AlgorithmName = null);
