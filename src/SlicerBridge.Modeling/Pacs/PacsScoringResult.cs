using SlicerBridge.Dicom.StructuredReport;

namespace SlicerBridge.Modeling.Pacs;

/// <summary>The score and the objects stored back: the SR, and the risk panel SC when one was rendered.</summary>
public sealed record PacsScoringResult(ScoreSummary Summary, StoredObject Report, StoredObject? Panel);
