namespace SlicerBridge.Dicom.StructuredReport;

/// <summary>Which side of a cut-off a score falls on.</summary>
public enum ScoreRiskGroup
{
    Low,
    High,
}
