namespace SlicerBridge.Modeling.Pacs;

/// <summary>An instance the workflow stored on the PACS, and where the PACS says it can be retrieved.</summary>
public sealed record StoredObject(string StudyInstanceUid, string SeriesInstanceUid, string SopInstanceUid, string? RetrieveUrl);
