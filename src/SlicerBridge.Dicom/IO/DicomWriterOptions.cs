namespace SlicerBridge.Dicom.IO;

/// <summary>How <see cref="DicomWriter"/> encodes a file.</summary>
public sealed record DicomWriterOptions
{
    public static DicomWriterOptions Default { get; } = new();

    /// <summary>Explicit VR LE (default), Implicit VR LE or Deflated Explicit VR LE.</summary>
    public TransferSyntax TransferSyntax { get; init; } = TransferSyntax.ExplicitVRLittleEndian;

    /// <summary>Identifies the writing software in (0002,0012); a 2.25 UID derived from a fixed UUID.</summary>
    public string ImplementationClassUid { get; init; } = "2.25.160964365385436929006469498394431562395";

    public string ImplementationVersionName { get; init; } = "SLICERBRIDGE_01";
}
