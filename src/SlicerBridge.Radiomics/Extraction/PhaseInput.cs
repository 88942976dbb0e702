using SlicerBridge.Imaging;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>One contrast phase of a case: image, label map, the label (settings' when null), and a name for errors.</summary>
public sealed record PhaseInput(ImageVolume Image, ImageVolume Mask, int? Label = null, string? Where = null);
