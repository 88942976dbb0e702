using SlicerBridge.Modeling.Packaging;

namespace SlicerBridge.Server.Registry;

/// <summary>A package in the registry folder and the file it was read from.</summary>
public sealed record RegisteredModel(ModelPackage Package, string Path)
{
    public string Id => Package.Id;

    public string Version => Package.Version;
}
