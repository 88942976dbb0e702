using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// What PyRadiomics reports after resampling (<c>diagnostics_Image-interpolated_Size</c>,
/// <c>_Spacing</c>, <c>diagnostics_Mask-interpolated_VoxelNum</c>), plus whether the image was left
/// as it was because its spacing already matched.
/// </summary>
public sealed record ResampleDiagnostics(Size3 Size, Vec3 Spacing, long RoiVoxelCount, bool SpacingAlreadyMatched);
