using SlicerBridge.Radiomics.Features.FirstOrder;
using SlicerBridge.Radiomics.Features.Shape;

namespace SlicerBridge.Radiomics.Features;

/// <summary>The feature classes SlicerBridge computes, in PyRadiomics' order of output.</summary>
public static class FeatureFamilies
{
    public static IReadOnlyList<FeatureFamily> All { get; } =
    [
        new FirstOrderFeatures(),
        new ShapeFeatures(),
    ];

    public static FeatureFamily? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
