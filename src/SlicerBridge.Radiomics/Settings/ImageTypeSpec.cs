namespace SlicerBridge.Radiomics.Settings;

/// <summary>
/// An enabled image type (<c>Original</c>, <c>LoG</c>, <c>Wavelet</c>) with its effective settings:
/// the global settings with the image type's own overrides (e.g. LoG's <c>sigma</c>) applied.
/// </summary>
public sealed record ImageTypeSpec(string Name, ExtractionSettings Settings);
