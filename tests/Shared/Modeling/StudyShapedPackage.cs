using SlicerBridge.Modeling.Packaging;

namespace SlicerBridge.Testing.Modeling;

/// <summary>
/// A 9-feature two-phase package over the study's image types (original, LoG, wavelet): the shape of the
/// paper's model, so a score costs what a real one does. The coefficients are placeholders; for
/// benchmarks and load tests, never for checking numbers.
/// </summary>
internal static class StudyShapedPackage
{
    public const string Version = "0.0.0";

    public static IReadOnlyList<string> FeatureNames { get; } =
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

    /// <param name="parametersYaml">The study's parameter file (<c>samples/params/paper-ct.yaml</c>).</param>
    public static ModelPackage Create(string id, string parametersYaml) => TestModelPackages.Create(
        id,
        Version,
        FeatureNames.Select((name, i) => new SelectedFeature(name, Mean: 0, Sd: 1, Coefficient: 0.1 * (i + 1), TrainingMin: -1e9, TrainingMax: 1e9)).ToList(),
        new RadscoreModel(Intercept: 0, Cutoff: 0, Lambda: 0.05, LambdaRule: "lambda.min"),
        parametersYaml);
}
