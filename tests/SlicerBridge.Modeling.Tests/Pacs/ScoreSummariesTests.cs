using SlicerBridge.Dicom.StructuredReport;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Pacs;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Modeling.Tests.Packaging;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Testing.Dicom;

namespace SlicerBridge.Modeling.Tests.Pacs;

public sealed class ScoreSummariesTests
{
    private static readonly Dictionary<string, double> Afp350 = new() { ["afp_ng_ml"] = 350 };

    [Fact]
    public void SummaryStatesTheScorersValuesWithProbabilityInPercent()
    {
        var (arterial, venous) = Phases();
        var scorer = new ModelScorer(TestPackages.Create());
        ScoreResult? full = null;

        var summary = ScoreSummaries.Scoring(scorer, Afp350, r => full = r)(arterial, venous);

        var result = scorer.Score(arterial, venous, Afp350);
        Assert.Equal(result.Radscore.Value, full!.Radscore.Value);
        Assert.Equal(result.Radscore.Value, summary.Radscore);
        Assert.Equal(result.Nomogram.LinearPredictor, summary.NomogramLinearPredictor);
        Assert.Equal(100 * result.Nomogram.Probability, summary.ProbabilityPercent);
        Assert.Equal(result.Radscore.RiskGroup == RiskGroup.High ? ScoreRiskGroup.High : ScoreRiskGroup.Low, summary.RadscoreRiskGroup);
        Assert.Equal(result.Nomogram.RiskGroup == RiskGroup.High ? ScoreRiskGroup.High : ScoreRiskGroup.Low, summary.NomogramRiskGroup);
        Assert.Equal(("test-hcc", "0.0.1"), (summary.ModelId, summary.ModelVersion));
        Assert.Equal(ScoreResult.DemonstrationNotice, summary.Notice);
        Assert.Equal(350, summary.AfpNgPerMl);
    }

    [Fact]
    public void ClinicalModelHasNoNotice()
    {
        var (arterial, venous) = Phases();

        var summary = ScoreSummaries.Scoring(new ModelScorer(TestPackages.Create() with { Demonstration = false }), Afp350)(arterial, venous);

        Assert.Null(summary.Notice);
    }

    private static (PhaseInput Arterial, PhaseInput Venous) Phases()
    {
        static PhaseInput Phase(SyntheticSeries s) => new(
            ImageVolume.Create(s.Geometry, s.Hu.Select(h => checked((short)h)).ToArray()), ImageVolume.Create(s.Geometry, s.Tumour), 1, s.Phase.Key);
        return (Phase(SyntheticStudy.Create(SyntheticPhase.Arterial, "summaries")), Phase(SyntheticStudy.Create(SyntheticPhase.Portal, "summaries")));
    }
}
