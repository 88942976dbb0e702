using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Dicom.Segmentation;

/// <summary>What the per-frame functional groups say about one frame.</summary>
/// <param name="Index">Zero-based frame index into PixelData.</param>
/// <param name="SegmentNumber">ReferencedSegmentNumber of SegmentIdentificationSequence.</param>
/// <param name="Position">ImagePositionPatient of PlanePositionSequence, when present.</param>
/// <param name="SourceSopInstanceUid">The source image of DerivationImageSequence, when present.</param>
/// <param name="Row">Row direction of the frame's PlaneOrientationSequence (per-frame, else shared).</param>
/// <param name="Column">Column direction of the frame's PlaneOrientationSequence (per-frame, else shared).</param>
public sealed record SegmentationFrame(int Index, int SegmentNumber, Vec3? Position, string? SourceSopInstanceUid, Vec3 Row, Vec3 Column);
