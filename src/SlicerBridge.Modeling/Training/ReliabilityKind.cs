namespace SlicerBridge.Modeling.Training;

/// <summary>
/// A set of repeated segmentations: a second reader's (inter-reader, judged by ICC(2,1), two-way random
/// effects, absolute agreement) or the same reader's repeat (intra-reader, ICC(3,1), two-way mixed, consistency).
/// </summary>
public enum ReliabilityKind
{
    InterReader,
    IntraReader,
}
