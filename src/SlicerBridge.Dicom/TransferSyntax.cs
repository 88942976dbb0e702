namespace SlicerBridge.Dicom;

/// <summary>
/// How a dataset is encoded. The reader decodes the four uncompressed little-endian syntaxes below;
/// every other syntax (big endian, JPEG, JPEG-LS, JPEG 2000, RLE, ...) is known by name so the error
/// can say what the file is and that the PACS can transcode it (WADO-RS without transfer-syntax=*).
/// </summary>
public sealed class TransferSyntax
{
    private static readonly Dictionary<string, TransferSyntax> ByUid = new(StringComparer.Ordinal);

    public static readonly TransferSyntax ImplicitVRLittleEndian = new("1.2.840.10008.1.2", "Implicit VR Little Endian", explicitVR: false);
    public static readonly TransferSyntax ExplicitVRLittleEndian = new("1.2.840.10008.1.2.1", "Explicit VR Little Endian", explicitVR: true);
    public static readonly TransferSyntax DeflatedExplicitVRLittleEndian = new("1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", explicitVR: true, deflated: true);
    public static readonly TransferSyntax ExplicitVRBigEndian = Unsupported("1.2.840.10008.1.2.2", "Explicit VR Big Endian (retired)");

    static TransferSyntax()
    {
        Unsupported("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)");
        Unsupported("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)");
        Unsupported("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)");
        Unsupported("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [Selection Value 1])");
        Unsupported("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression");
        Unsupported("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression");
        Unsupported("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)");
        Unsupported("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression");
        Unsupported("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)");
        Unsupported("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression");
        Unsupported("1.2.840.10008.1.2.5", "RLE Lossless");
        Unsupported("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level");
        Unsupported("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1");
    }

    private TransferSyntax(string uid, string name, bool explicitVR, bool deflated = false, bool supported = true, bool register = true)
    {
        Uid = uid;
        Name = name;
        IsExplicitVR = explicitVR;
        IsDeflated = deflated;
        IsSupported = supported;
        if (register)
        {
            ByUid[uid] = this;
        }
    }

    public string Uid { get; }

    public string Name { get; }

    public bool IsExplicitVR { get; }

    /// <summary>The dataset after the file meta group is a raw deflate stream (RFC 1951).</summary>
    public bool IsDeflated { get; }

    /// <summary>True for the syntaxes this reader decodes; all of them are little endian with native pixel data.</summary>
    public bool IsSupported { get; }

    /// <summary>The known syntax for <paramref name="uid"/>, or an unsupported placeholder naming the UID.</summary>
    public static TransferSyntax Lookup(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        return ByUid.TryGetValue(uid, out var known) ? known : new TransferSyntax(uid, "unknown transfer syntax", explicitVR: true, supported: false, register: false);
    }

    public override string ToString() => $"{Name} ({Uid})";

    private static TransferSyntax Unsupported(string uid, string name) => new(uid, name, explicitVR: true, supported: false);
}
