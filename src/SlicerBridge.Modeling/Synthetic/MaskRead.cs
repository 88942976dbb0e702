namespace SlicerBridge.Modeling.Synthetic;

/// <summary>Who drew a tumour mask: the segmentations an ICC screen needs.</summary>
public enum MaskRead
{
    /// <summary>Reader A: the tumour as generated.</summary>
    ReaderA,

    /// <summary>Reader B: reader A's contour run wider or tighter by one voxel in patches.</summary>
    ReaderB,

    /// <summary>Reader A again weeks later: a milder, differently placed perturbation.</summary>
    ReaderARepeat,
}
