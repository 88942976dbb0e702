using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Testing.Modeling;

namespace SlicerBridge.Server.Tests.Support;

/// <summary>
/// The registry's test packages: three original-image features with round numbers placed near the
/// brain1/brain2 sample values, so a score of those cases can be worked out by hand.
/// </summary>
internal static class TestPackages
{
    public static ModelPackage Create(string id, string version) => TestModelPackages.Create(id, version,
    [
        new("arterial_original_firstorder_Mean", Mean: 800, Sd: 100, Coefficient: 0.5, TrainingMin: 500, TrainingMax: 1100),
        new("venous_original_glcm_Contrast", Mean: 20, Sd: 10, Coefficient: -0.3, TrainingMin: 1, TrainingMax: 80),
        new("venous_original_shape_Sphericity", Mean: 0.5, Sd: 0.1, Coefficient: 0.2, TrainingMin: 0.2, TrainingMax: 0.9),
    ]);

    public static string Write(string folder, string id, string version) =>
        TestModelPackages.Write(Create(id, version), Path.Combine(folder, $"{id}-{version}.model.json"));
}
