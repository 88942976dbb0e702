using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Testing.Modeling;

namespace SlicerBridge.Modeling.Tests.Packaging;

/// <summary>
/// Small, hand-made model packages over original-image features (the only image type every build computes),
/// with round numbers so expected scores can be worked out by hand.
/// </summary>
internal static class TestPackages
{
    public const string ParametersYaml = TestModelPackages.OriginalParametersYaml;

    /// <summary>Three features over both phases, chosen to sit near brain1's values.</summary>
    public static IReadOnlyList<SelectedFeature> TwoPhaseFeatures { get; } =
    [
        new("arterial_original_firstorder_Mean", Mean: 800, Sd: 100, Coefficient: 0.5, TrainingMin: 500, TrainingMax: 1100),
        new("venous_original_glcm_Contrast", Mean: 20, Sd: 10, Coefficient: -0.3, TrainingMin: 1, TrainingMax: 80),
        new("venous_original_shape_Sphericity", Mean: 0.5, Sd: 0.1, Coefficient: 0.2, TrainingMin: 0.2, TrainingMax: 0.9),
    ];

    /// <summary>
    /// The shared test package with what these tests check on top: a validation set (so validation metrics are
    /// required), a NaN metric (as R reports an undefined NPV) and a DeLong p.
    /// </summary>
    public static ModelPackage Create(IReadOnlyList<SelectedFeature>? features = null) =>
        TestModelPackages.Create("test-hcc", "0.0.1", features ?? TwoPhaseFeatures) with
        {
            IntendedUse = "Test model: probability of proliferative HCC",
            Metrics = new ModelMetrics(
                new Dictionary<string, SetMetrics>
                {
                    ["radscore"] = new(126, 0.8, 0.72, 0.88, 0.7, 0.75, Ppv: 0.7, Npv: double.NaN),
                    ["nomogram"] = new(126, 0.85, 0.78, 0.92, 0.75, 0.8, Ppv: 0.72, Npv: 0.8),
                },
                new Dictionary<string, SetMetrics>
                {
                    ["radscore"] = new(54, 0.78, 0.65, 0.91, 0.69, 0.74, Ppv: 0.66, Npv: 0.76),
                    ["nomogram"] = new(54, 0.83, 0.72, 0.94, 0.73, 0.79, Ppv: 0.7, Npv: 0.81),
                },
                DeLongPValidation: 0.21),
            Data = new TrainingData(new string('a', 64), NTrain: 126, NValidation: 54, NPositiveTrain: 55, "synthetic test cohort"),
        };
}
