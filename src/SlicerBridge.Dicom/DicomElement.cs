namespace SlicerBridge.Dicom;

/// <summary>
/// An attribute with its value bytes exactly as encoded (little endian, padding included). The bytes
/// usually alias the file buffer, so reading a 150 MB series copies no pixel data until it is converted.
/// </summary>
public sealed class DicomElement : DicomItem
{
    public DicomElement(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> value, string? bulkDataUri = null)
        : base(tag, vr)
    {
        if (vr.Kind == DicomVRKind.Sequence)
        {
            throw new ArgumentException("a sequence is a DicomSequence, not an element", nameof(vr));
        }

        Value = value;
        BulkDataUri = bulkDataUri;
    }

    /// <summary>The encoded value (little endian).</summary>
    public ReadOnlyMemory<byte> Value { get; }

    /// <summary>Where DICOM JSON metadata said the value can be fetched (WADO-RS bulk data); the value is then empty.</summary>
    public string? BulkDataUri { get; }
}
