namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// The images a filter produced and the warnings PyRadiomics would have logged for what it skipped
/// (an image too small for LoG, a σ too large for the image), in the same order.
/// </summary>
public sealed record FilterOutput(IReadOnlyList<FilteredImage> Images, IReadOnlyList<string> Warnings);
