using SlicerBridge.Dicom.Segmentation;

namespace SlicerBridge.Modeling.Pacs;

/// <summary>A SEG found on the PACS: its series and instance UIDs and its parsed content.</summary>
internal sealed record LocatedSeg(string SeriesInstanceUid, string SopInstanceUid, DicomSegmentation Segmentation);
