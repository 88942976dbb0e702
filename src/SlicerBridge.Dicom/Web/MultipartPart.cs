namespace SlicerBridge.Dicom.Web;

/// <summary>One body part of a multipart/related message: its Content-Type and its bytes.</summary>
public sealed record MultipartPart(string ContentType, ReadOnlyMemory<byte> Content, string? ContentLocation = null);
