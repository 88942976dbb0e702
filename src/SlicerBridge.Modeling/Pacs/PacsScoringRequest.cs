namespace SlicerBridge.Modeling.Pacs;

/// <summary>
/// One tumour to score from the PACS: the study, its arterial and portal venous CT series, and the
/// tumour mask of each phase. When <see cref="VenousMask"/> is null the arterial mask is used for both
/// phases, which works only when both series share one grid (a SEG is drawn on one grid and is not resampled).
/// </summary>
public sealed record PacsScoringRequest
{
    public required string StudyInstanceUid { get; init; }

    public required string ArterialSeriesInstanceUid { get; init; }

    public required string VenousSeriesInstanceUid { get; init; }

    public required PhaseMaskSource ArterialMask { get; init; }

    public PhaseMaskSource? VenousMask { get; init; }
}
