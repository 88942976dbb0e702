using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Dicom.Segmentation;

/// <summary>What the per-frame functional groups say about one frame.</summary>
/// <param name="Index">Zero-based frame index into PixelData.</param>
/// <param name="SegmentNumber">ReferencedSegmentNumber of SegmentIdentificationSequence.</param>
/// <param name="Position">ImagePositionPatient of PlanePositionSequence, when present.</param>
/// <param name="SourceSopInstanceUid">The source image of DerivationImageSequence, when present.</param>
public sealed record SegmentationFrame(int Index, int SegmentNumber, Vec3? Position, string? SourceSopInstanceUid);
