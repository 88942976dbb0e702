using SlicerBridge.Modeling.Packaging;

namespace SlicerBridge.Server.Tests.Support;

/// <summary>Small sealed model packages for the registry (their numbers are placeholders; nothing is scored with them here).</summary>
internal static class TestPackages
{
    public static ModelPackage Create(string id, string version) => new()
    {
        Id = id,
        Version = version,
        Created = "2026-01-01T00:00:00Z",
        Software = new SoftwareInfo("SlicerBridge", "0.1.0"),
        IntendedUse = "tests only",
        Demonstration = true,
        Extraction = new ExtractionInfo("imageType:\n  Original: {}\n", ["arterial", "venous"]),
        Features = [new SelectedFeature("arterial_original_firstorder_Mean", 10, 2, 0.5, 0, 20)],
        Radscore = new RadscoreModel(-0.1, 0.015, 0.01, "lambda.1se"),
        Nomogram = new NomogramModel(-1.092, [new NomogramTerm("radscore", "radscore", null, 2.214), new NomogramTerm("afp_gt_200", "afp_ng_ml", 200, 1.904)], -0.883),
        Metrics = new ModelMetrics(new Dictionary<string, SetMetrics> { ["radscore"] = new(100, 0.8, 0.7, 0.9, 0.7, 0.8, 0.6, 0.85) }, null, null),
        TrainingRanges = new TrainingRanges([0.5, 0.5, 1], [1, 1, 5], 1, 500),
        Data = new TrainingData(new string('0', 64), 100, 0, 40, "synthetic"),
        Seed = 1,
    };

    public static string Write(string folder, string id, string version)
    {
        var path = Path.Combine(folder, $"{id}-{version}.model.json");
        ModelPackageSerializer.Write(Create(id, version), path);
        return path;
    }
}
