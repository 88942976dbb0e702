namespace SlicerBridge.Dicom.StructuredReport;

/// <summary>One segment of a DICOM Segmentation instance that delineates the scored tumour.</summary>
public sealed record ReferencedSegment(string SopInstanceUid, int SegmentNumber);
