using SlicerBridge.Modeling.Packaging;

namespace SlicerBridge.Server.LoadTest;

/// <summary>
/// A 9-feature two-phase package under the study's settings (1 mm resampling, LoG, wavelet): the shape of the
/// paper's model, so a score costs what a real one does. Its coefficients are placeholders.
/// </summary>
internal static class LoadModel
{
    public const string Id = "load-test";
    public const string Version = "0.0.0";

    private static readonly string[] Features =
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

    public static void Write(string folder, string parametersYaml)
    {
        var metrics = new SetMetrics(100, 0.8, 0.7, 0.9, 0.7, 0.7, 0.7, 0.7);
        ModelPackageSerializer.Write(new ModelPackage
        {
            Id = Id,
            Version = Version,
            Created = "2026-01-01T00:00:00Z",
            Software = new SoftwareInfo("SlicerBridge", "load-test"),
            IntendedUse = "load test only",
            Demonstration = true,
            Extraction = new ExtractionInfo(parametersYaml, ["arterial", "venous"]),
            Features = Features.Select((name, i) => new SelectedFeature(name, 0, 1, 0.1 * (i + 1), -1e9, 1e9)).ToList(),
            Radscore = new RadscoreModel(0, 0, 0.05, "lambda.min"),
            Nomogram = new NomogramModel(-1, [new NomogramTerm("afp_gt_200", "afp_ng_ml", 200, 1.5), new NomogramTerm("radscore", "radscore", null, 2)], -0.5),
            Metrics = new ModelMetrics(new Dictionary<string, SetMetrics> { ["radscore"] = metrics, ["nomogram"] = metrics }, null, null),
            TrainingRanges = new TrainingRanges([0.5, 0.5, 0.5], [1, 1, 7], 0.5, 1000),
            Data = new TrainingData(new string('0', 64), 100, 0, 40, "load test"),
            Seed = 1,
        }, Path.Combine(folder, $"{Id}-{Version}.model.json"));
    }
}
