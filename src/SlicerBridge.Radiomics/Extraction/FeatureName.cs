using SlicerBridge.Imaging;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>A PyRadiomics feature name, <c>&lt;imageType&gt;_&lt;class&gt;_&lt;Feature&gt;</c>, e.g. <c>wavelet-HLL_glszm_ZoneEntropy</c>.</summary>
public readonly record struct FeatureName(string ImageType, string FeatureClass, string Feature)
{
    public static FeatureName Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var parts = name.Split('_');
        if (parts.Length != 3 || parts.Any(p => p.Length == 0))
        {
            throw new InvalidInputException(
                $"feature name '{name}' is not of the form <imageType>_<class>_<Feature>", name);
        }

        return new FeatureName(parts[0], parts[1], parts[2]);
    }

    public override string ToString() => $"{ImageType}_{FeatureClass}_{Feature}";
}
