namespace SlicerBridge.Dicom.StructuredReport;

/// <summary>A series of the source study and the instances of it that a report used as evidence.</summary>
public sealed record ReferencedSeries(string SeriesInstanceUid, IReadOnlyList<ReferencedInstance> Instances)
{
    /// <summary>Value equality over the instances too, so read-back reports compare equal to written ones.</summary>
    public bool Equals(ReferencedSeries? other) =>
        other is not null && SeriesInstanceUid == other.SeriesInstanceUid && Instances.SequenceEqual(other.Instances);

    public override int GetHashCode() => HashCode.Combine(SeriesInstanceUid, Instances.Count);
}
