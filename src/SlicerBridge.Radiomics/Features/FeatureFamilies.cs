using SlicerBridge.Radiomics.Features.FirstOrder;
using SlicerBridge.Radiomics.Features.Shape;
using SlicerBridge.Radiomics.Features.Texture;

namespace SlicerBridge.Radiomics.Features;

/// <summary>The feature classes SlicerBridge computes, in PyRadiomics' order of output.</summary>
public static class FeatureFamilies
{
    public static IReadOnlyList<FeatureFamily> All { get; } =
    [
        new FirstOrderFeatures(),
        new ShapeFeatures(),
        new GlcmFeatures(),
        new GldmFeatures(),
        new GlrlmFeatures(),
        new GlszmFeatures(),
        new NgtdmFeatures(),
    ];

    public static FeatureFamily? Find(string name) => All.FirstOrDefault(f => f.Name == name);
}
