using SlicerBridge.Dicom.IO;

namespace SlicerBridge.Dicom;

/// <summary>A DICOM Part 10 file: the file meta group (0002) and the dataset in its transfer syntax.</summary>
public sealed class DicomFile
{
    public DicomFile(DicomDataset fileMetaInformation, DicomDataset dataset, TransferSyntax transferSyntax)
    {
        ArgumentNullException.ThrowIfNull(fileMetaInformation);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(transferSyntax);
        FileMetaInformation = fileMetaInformation;
        Dataset = dataset;
        TransferSyntax = transferSyntax;
    }

    /// <summary>A new file for <paramref name="dataset"/>; the writer fills the meta group from its SOP class and instance.</summary>
    public DicomFile(DicomDataset dataset)
        : this(new DicomDataset(), dataset, TransferSyntax.ExplicitVRLittleEndian)
    {
    }

    public DicomDataset FileMetaInformation { get; }

    public DicomDataset Dataset { get; }

    /// <summary>The syntax the file was read in (the writer chooses its own from its options).</summary>
    public TransferSyntax TransferSyntax { get; }

    public static DicomFile Open(string path, DicomReaderOptions? options = null) => new DicomReader(options).ReadFile(path);

    public static DicomFile Read(ReadOnlyMemory<byte> bytes, DicomReaderOptions? options = null, string? where = null) =>
        new DicomReader(options).Read(bytes, where);

    public byte[] ToBytes(DicomWriterOptions? options = null) => new DicomWriter(options).Write(this);

    /// <summary>Writes to a temporary name and renames, so a crash never leaves a half-written file.</summary>
    public void Save(string path, DicomWriterOptions? options = null) => new DicomWriter(options).WriteFile(this, path);
}
