namespace SlicerBridge.Imaging.Filters;

/// <summary>The resampled (and cropped) image, the mask on the same grid, and the diagnostics.</summary>
public sealed record ResampleResult(ImageVolume Image, RoiMask Mask, ResampleDiagnostics Diagnostics);
