namespace SlicerBridge.Dicom.StructuredReport;

/// <summary>
/// The values a radiomics score report states: radscore, nomogram linear predictor, probability of
/// proliferative HCC in percent, the two risk groups, the model that produced them and, for a
/// demonstration model, its notice. <see cref="AfpNgPerMl"/> is the serum AFP the nomogram used, if any.
/// </summary>
public sealed record ScoreSummary(
    double Radscore,
    double NomogramLinearPredictor,
    double ProbabilityPercent,
    ScoreRiskGroup RadscoreRiskGroup,
    ScoreRiskGroup NomogramRiskGroup,
    string ModelId,
    string ModelVersion,
    string? Notice = null,
    double? AfpNgPerMl = null);
