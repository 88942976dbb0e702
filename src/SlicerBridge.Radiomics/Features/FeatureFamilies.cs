using SlicerBridge.Radiomics.Features.FirstOrder;

namespace SlicerBridge.Radiomics.Features;

/// <summary>The feature classes SlicerBridge computes, in PyRadiomics' order of output.</summary>
public static class FeatureFamilies
{
    public static IReadOnlyList<FeatureFamily> All { get; } =
    [
        new FirstOrderFeatures(),
    ];

    public static FeatureFamily? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
