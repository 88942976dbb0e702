using SlicerBridge.Dicom.Series;
using SlicerBridge.Dicom.StructuredReport;
using SlicerBridge.Radiomics.Extraction;

namespace SlicerBridge.Modeling.Pacs;

/// <summary>One phase as loaded from the PACS: its series, the scorer's input, and the SEG segment it came from (null for an uploaded label map).</summary>
internal sealed record LoadedPhase(CtSeries Series, PhaseInput Input, ReferencedSegment? Segment)
{
    public string? SegSeriesInstanceUid { get; init; }
}
