namespace SlicerBridge.Radiomics.Extraction;

/// <summary>
/// Features in the order they were computed (shape first, then each image type's classes), and
/// PyRadiomics-style diagnostics (keys without the <c>diagnostics_</c> prefix).
/// </summary>
public sealed record ExtractionResult(
    IReadOnlyList<KeyValuePair<string, double>> Features,
    IReadOnlyList<KeyValuePair<string, string>> Diagnostics);
