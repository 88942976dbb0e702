namespace SlicerBridge.Dicom.StructuredReport;

/// <summary>One instance a report refers to.</summary>
public sealed record ReferencedInstance(string SopClassUid, string SopInstanceUid);
