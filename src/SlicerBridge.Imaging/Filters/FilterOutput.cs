namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// The images a filter produced, in PyRadiomics' order, and a warning for each thing PyRadiomics would
/// have skipped with a logged warning (an image too small for LoG, a σ too large for the image); the
/// texts follow PyRadiomics' messages, with sizes and spacings printed our way.
/// </summary>
public sealed record FilterOutput(IReadOnlyList<FilteredImage> Images, IReadOnlyList<string> Warnings);
