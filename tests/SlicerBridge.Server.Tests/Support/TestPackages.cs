using SlicerBridge.Modeling.Packaging;

namespace SlicerBridge.Server.Tests.Support;

/// <summary>
/// Small hand-made model packages over original-image features, with round numbers placed near the
/// brain1/brain2 sample values so a score of those cases can be worked out by hand.
/// </summary>
internal static class TestPackages
{
    public const string ParametersYaml = """
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

    public static ModelPackage Create(string id, string version) => new()
    {
        Id = id,
        Version = version,
        Created = "2026-01-01T00:00:00Z",
        Software = new SoftwareInfo("SlicerBridge", "0.1.0"),
        IntendedUse = "tests only",
        Demonstration = true,
        Extraction = new ExtractionInfo(ParametersYaml, ["arterial", "venous"]),
        Features =
        [
            new("arterial_original_firstorder_Mean", Mean: 800, Sd: 100, Coefficient: 0.5, TrainingMin: 500, TrainingMax: 1100),
            new("venous_original_glcm_Contrast", Mean: 20, Sd: 10, Coefficient: -0.3, TrainingMin: 1, TrainingMax: 80),
            new("venous_original_shape_Sphericity", Mean: 0.5, Sd: 0.1, Coefficient: 0.2, TrainingMin: 0.2, TrainingMax: 0.9),
        ],
        Radscore = new RadscoreModel(Intercept: -0.2, Cutoff: 0.1, Lambda: 0.05, LambdaRule: "lambda.min"),
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

    public static string Write(string folder, string id, string version)
    {
        var path = Path.Combine(folder, $"{id}-{version}.model.json");
        ModelPackageSerializer.Write(Create(id, version), path);
        return path;
    }
}
