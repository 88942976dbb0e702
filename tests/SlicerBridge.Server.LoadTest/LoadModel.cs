using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Testing.Modeling;

namespace SlicerBridge.Server.LoadTest;

/// <summary>The load test's model: the study-shaped 9-feature package, written into the server's model folder.</summary>
internal static class LoadModel
{
    public const string Id = "load-test";

    public static void Write(string folder, string parametersYaml) =>
        ModelPackageSerializer.Write(StudyShapedPackage.Create(Id, parametersYaml), Path.Combine(folder, $"{Id}-{StudyShapedPackage.Version}.model.json"));
}
