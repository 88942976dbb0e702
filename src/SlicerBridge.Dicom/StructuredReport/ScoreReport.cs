namespace SlicerBridge.Dicom.StructuredReport;

/// <summary>
/// What a radiomics score SR holds: the <see cref="Summary"/> values, the arterial and portal venous
/// source series, the segments that delineate the tumour, and the evidence (every series and instance
/// of the study the score was computed from, CT and SEG), which goes to
/// CurrentRequestedProcedureEvidenceSequence.
/// </summary>
public sealed record ScoreReport(
    ScoreSummary Summary,
    string ArterialSeriesInstanceUid,
    string VenousSeriesInstanceUid,
    IReadOnlyList<ReferencedSegment> Segments,
    IReadOnlyList<ReferencedSeries> Evidence)
{
    public bool Equals(ScoreReport? other) =>
        other is not null && Summary == other.Summary &&
        ArterialSeriesInstanceUid == other.ArterialSeriesInstanceUid && VenousSeriesInstanceUid == other.VenousSeriesInstanceUid &&
        Segments.SequenceEqual(other.Segments) && Evidence.SequenceEqual(other.Evidence);

    public override int GetHashCode() => HashCode.Combine(Summary, ArterialSeriesInstanceUid, VenousSeriesInstanceUid);
}
