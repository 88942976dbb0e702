namespace SlicerBridge.Dicom;

/// <summary>An SQ attribute: an ordered list of nested datasets (items).</summary>
public sealed class DicomSequence : DicomItem
{
    public DicomSequence(DicomTag tag, IEnumerable<DicomDataset> items)
        : base(tag, DicomVR.SQ)
    {
        ArgumentNullException.ThrowIfNull(items);
        Items = items.ToList();
    }

    public DicomSequence(DicomTag tag, params DicomDataset[] items)
        : this(tag, (IEnumerable<DicomDataset>)items)
    {
    }

    public IReadOnlyList<DicomDataset> Items { get; }
}
