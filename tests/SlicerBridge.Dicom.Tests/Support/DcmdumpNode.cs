namespace SlicerBridge.Dicom.Tests.Support;

/// <summary>One attribute line of a dcmdump listing; a sequence holds its items' attributes.</summary>
internal sealed record DcmdumpNode(DicomTag Tag, string VR, string Value, string Length, List<List<DcmdumpNode>> Items);
