using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Radiomics.Extraction;

namespace SlicerBridge.Benchmarks;

/// <summary>
/// Scoring as the server does it: a 9-feature model over both phases under the study's settings (1 mm
/// resampling, LoG and wavelet), on a 5 cm tumour; only the model's features are computed.
/// </summary>
internal static class ScoringBenchmarks
{
    private static readonly string[] NineFeatures =
    [
        "arterial_original_shape_Sphericity",
        "arterial_original_glcm_Idmn",
        "arterial_wavelet-HLL_glszm_ZoneEntropy",
        "arterial_log-sigma-3-0-mm-3D_firstorder_Mean",
        "arterial_log-sigma-1-0-mm-3D_ngtdm_Busyness",
        "venous_original_firstorder_Entropy",
        "venous_wavelet-LLL_firstorder_Median",
        "venous_wavelet-HHH_gldm_DependenceEntropy",
        "venous_log-sigma-5-0-mm-3D_glrlm_RunEntropy",
    ];

    public static Measurement Run(string paperYaml, bool quick)
    {
        var spacing = new Vec3(0.78, 0.78, 2.5);
        var arterial = SyntheticCt.Create(new Size3(96, 96, 32), spacing, 25);
        var venous = SyntheticCt.Create(new Size3(96, 96, 32), spacing, 25, seed: 7);
        var scorer = new ModelScorer(Package(paperYaml));
        var clinical = new Dictionary<string, double> { ["afp_ng_ml"] = 350 };
        return Measurement.Time("score/9-features-two-phases-5cm", quick ? 3 : 10,
            () => scorer.Score(new PhaseInput(arterial.Image, arterial.Mask), new PhaseInput(venous.Image, venous.Mask), clinical),
            new Dictionary<string, object> { ["features"] = NineFeatures.Length, ["settings"] = "paper-ct.yaml" });
    }

    private static ModelPackage Package(string yaml) => new()
    {
        Id = "bench",
        Version = "0.0.0",
        Created = "2026-01-01T00:00:00Z",
        Software = new SoftwareInfo("SlicerBridge", "bench"),
        IntendedUse = "benchmark only",
        Demonstration = true,
        Extraction = new ExtractionInfo(yaml, [TwoPhaseFeatureName.Arterial, TwoPhaseFeatureName.Venous]),
        Features = NineFeatures.Select((name, i) => new SelectedFeature(name, Mean: 0, Sd: 1, Coefficient: 0.1 * (i + 1), TrainingMin: -1e9, TrainingMax: 1e9)).ToList(),
        Radscore = new RadscoreModel(Intercept: 0, Cutoff: 0, Lambda: 0.05, LambdaRule: "lambda.min"),
        Nomogram = new NomogramModel(-1, [new NomogramTerm("afp_gt_200", "afp_ng_ml", 200, 1.5), new NomogramTerm("radscore", "radscore", null, 2)], -0.5),
        Metrics = new ModelMetrics(
            new Dictionary<string, SetMetrics> { ["radscore"] = Metrics(), ["nomogram"] = Metrics() }, null, null),
        TrainingRanges = new TrainingRanges([0.5, 0.5, 0.5], [1, 1, 5], VoiMlMin: 0.5, VoiMlMax: 1000),
        Data = new TrainingData(new string('0', 64), NTrain: 100, NValidation: 0, NPositiveTrain: 40, "benchmark"),
        Seed = 1,
    };

    private static SetMetrics Metrics() => new(100, 0.8, 0.7, 0.9, 0.7, 0.7, 0.7, 0.7);
}
