namespace SlicerBridge.Imaging.Filters;

/// <summary>A derived image and its PyRadiomics image type name (<c>log-sigma-3-0-mm-3D</c>, <c>wavelet-HLL</c>).</summary>
public sealed record FilteredImage(string ImageTypeName, ImageVolume Image);
