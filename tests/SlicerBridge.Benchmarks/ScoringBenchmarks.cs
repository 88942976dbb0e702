using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Testing.Modeling;

namespace SlicerBridge.Benchmarks;

/// <summary>
/// Scoring as the server does it: a 9-feature model over both phases under the study's settings (1 mm
/// resampling, LoG and wavelet), on a 5 cm tumour; only the model's features are computed.
/// </summary>
internal static class ScoringBenchmarks
{
    public static Measurement Run(string paperYaml, bool quick)
    {
        var spacing = new Vec3(0.78, 0.78, 2.5);
        var arterial = SyntheticCt.Create(new Size3(96, 96, 32), spacing, 25);
        var venous = SyntheticCt.Create(new Size3(96, 96, 32), spacing, 25, seed: 7);
        var scorer = new ModelScorer(StudyShapedPackage.Create("bench", paperYaml));
        var clinical = new Dictionary<string, double> { ["afp_ng_ml"] = 350 };
        return Measurement.Time("score/9-features-two-phases-5cm", quick ? 3 : 10,
            () => scorer.Score(new PhaseInput(arterial.Image, arterial.Mask), new PhaseInput(venous.Image, venous.Mask), clinical),
            new Dictionary<string, object> { ["features"] = StudyShapedPackage.FeatureNames.Count, ["settings"] = "paper-ct.yaml" });
    }
}
