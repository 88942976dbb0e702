using SlicerBridge.Dicom.StructuredReport;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Radiomics.Extraction;

namespace SlicerBridge.Modeling.Pacs;

/// <summary>Connects the model scorer to the PACS workflow: what of a <see cref="ScoreResult"/> the SR states.</summary>
public static class ScoreSummaries
{
    public static ScoreSummary From(ScoreResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ScoreSummary(
            result.Radscore.Value,
            result.Nomogram.LinearPredictor,
            100 * result.Nomogram.Probability,
            Group(result.Radscore.RiskGroup),
            Group(result.Nomogram.RiskGroup),
            result.Model.Id,
            result.Model.Version,
            result.Notice,
            result.Clinical.TryGetValue(ClinicalVariables.AfpNgMl.Name, out var afp) ? afp : null);
    }

    /// <summary>
    /// The workflow's scoring step for <paramref name="scorer"/> with the patient's clinical values;
    /// <paramref name="scored"/>, when given, receives the full result (drivers, warnings) for display.
    /// </summary>
    public static Func<PhaseInput, PhaseInput, ScoreSummary> Scoring(
        ModelScorer scorer, IReadOnlyDictionary<string, double> clinical, Action<ScoreResult>? scored = null)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(clinical);
        return (arterial, venous) =>
        {
            var result = scorer.Score(arterial, venous, clinical);
            scored?.Invoke(result);
            return From(result);
        };
    }

    private static ScoreRiskGroup Group(RiskGroup group) => group == RiskGroup.High ? ScoreRiskGroup.High : ScoreRiskGroup.Low;
}
