using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Server.Volumes;

/// <summary>A phase as a request declares it, validated, before any voxel buffer exists.</summary>
public sealed record PhaseDeclaration(
    string Name,
    ImageGeometry ImageGeometry,
    PixelType ImagePixelType,
    ImageGeometry MaskGeometry,
    PixelType MaskPixelType,
    int? Label);
