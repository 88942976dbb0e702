namespace SlicerBridge.Dicom.Web;

/// <summary>One instance in a STOW-RS response; <see cref="FailureReason"/> is set for refused ones (e.g. 272 = processing failure, 43264 = SOP class not supported).</summary>
public sealed record StowInstance(string SopClassUid, string SopInstanceUid, string? RetrieveUrl, int? FailureReason);
