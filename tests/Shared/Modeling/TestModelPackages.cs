using SlicerBridge.Modeling.Packaging;

namespace SlicerBridge.Testing.Modeling;

/// <summary>
/// Hand-made model packages for tests: the caller chooses what a test checks (features, radscore,
/// parameters); everything else is fixed and valid (a demonstration model with AFP > 200 and radscore
/// in the nomogram, training metrics, wide training ranges).
/// </summary>
internal static class TestModelPackages
{
    /// <summary>Original image, shape, first order and GLCM: what every hand-made package here uses.</summary>
    public const string OriginalParametersYaml = """
        setting:
          binWidth: 25
          label: 1
        imageType:
          Original: {}
        featureClass:
          shape:
          firstorder:
          glcm:

        """;

    public static ModelPackage Create(string id, string version, IReadOnlyList<SelectedFeature> features,
        RadscoreModel? radscore = null, string parametersYaml = OriginalParametersYaml) => new()
    {
        Id = id,
        Version = version,
        Created = "2026-01-01T00:00:00Z",
        Software = new SoftwareInfo("SlicerBridge", "0.1.0"),
        IntendedUse = "tests only",
        Demonstration = true,
        Extraction = new ExtractionInfo(parametersYaml, [TwoPhaseFeatureName.Arterial, TwoPhaseFeatureName.Venous]),
        Features = features,
        Radscore = radscore ?? new RadscoreModel(Intercept: -0.2, Cutoff: 0.1, Lambda: 0.05, LambdaRule: "lambda.min"),
        Nomogram = new NomogramModel(
            Intercept: -1,
            Terms:
            [
                new NomogramTerm("afp_gt_200", "afp_ng_ml", Threshold: 200, Coefficient: 1.5),
                new NomogramTerm("radscore", "radscore", Threshold: null, Coefficient: 2),
            ],
            Cutoff: -0.5),
        Metrics = new ModelMetrics(
            new Dictionary<string, SetMetrics>
            {
                ["radscore"] = new(126, 0.8, 0.72, 0.88, 0.7, 0.75, Ppv: 0.7, Npv: 0.8),
                ["nomogram"] = new(126, 0.85, 0.78, 0.92, 0.75, 0.8, Ppv: 0.72, Npv: 0.8),
            },
            null,
            null),
        TrainingRanges = new TrainingRanges([0.5, 0.5, 1], [1, 1, 7], VoiMlMin: 1, VoiMlMax: 500),
        Data = new TrainingData(new string('a', 64), NTrain: 126, NValidation: 0, NPositiveTrain: 55, "synthetic test cohort"),
        Seed = 42,
    };

    /// <summary>Seals and writes <paramref name="package"/> to <paramref name="path"/>; returns the path.</summary>
    public static string Write(ModelPackage package, string path)
    {
        ModelPackageSerializer.Write(package, path);
        return path;
    }
}
