namespace SlicerBridge.Modeling.Cohorts;

/// <summary>
/// One contrast phase of a manifest case, as absolute paths: the image, the primary reader's mask, and the
/// optional second reader's mask (inter-reader reliability) and the primary reader's repeat (intra-reader).
/// </summary>
public sealed record CasePhase(string Image, string Mask, string? MaskReader2, string? MaskRepeat);
