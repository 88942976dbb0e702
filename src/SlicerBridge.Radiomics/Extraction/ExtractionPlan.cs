using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Features;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>
/// Which features to compute on which image type: everything a parameter file enables, or only
/// the features a model names (so scoring never computes what it does not use).
/// </summary>
internal sealed record ExtractionPlan(
    IReadOnlyList<string> ShapeFeatures,
    IReadOnlyList<ExtractionPlan.ImageTypeWork> ImageTypes)
{
    public static ExtractionPlan FromParameters(ExtractionParameters parameters)
    {
        var shape = parameters.FeatureClasses.FirstOrDefault(c => c.Name == "shape")?.Features ?? [];
        var classes = parameters.FeatureClasses
            .Where(c => c.Name != "shape")
            .Select(c => new ClassWork(FeatureFamilies.Find(c.Name)!, c.Features))
            .ToList();
        return new ExtractionPlan(
            shape,
            parameters.ImageTypes.Select(t => new ImageTypeWork(t, ImageTypeNames.Prefix(t.Name), classes)).ToList());
    }

    /// <summary>A plan for exactly <paramref name="featureNames"/>, with settings from <paramref name="parameters"/>.</summary>
    public static ExtractionPlan ForFeatures(ExtractionParameters parameters, IEnumerable<string> featureNames)
    {
        var shape = new List<string>();
        var byType = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
        foreach (var text in featureNames)
        {
            var name = FeatureName.Parse(text);
            var family = FeatureFamilies.Find(name.FeatureClass)
                ?? throw new InvalidInputException($"feature '{text}' names an unknown feature class", text);
            if (!family.Defines(name.Feature))
            {
                throw new InvalidInputException($"feature '{text}' is not defined by class {family.Name}", text);
            }

            if (family.Name == "shape")
            {
                if (name.ImageType != "original")
                {
                    throw new InvalidInputException($"shape features exist only as original_shape_*, not '{text}'", text);
                }

                shape.Add(name.Feature);
                continue;
            }

            if (!byType.TryGetValue(name.ImageType, out var classes))
            {
                byType[name.ImageType] = classes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            }

            if (!classes.TryGetValue(family.Name, out var list))
            {
                classes[family.Name] = list = [];
            }

            list.Add(name.Feature);
        }

        var work = byType.Select(kv =>
        {
            var spec = ImageTypeNames.Spec(parameters, kv.Key);
            var classWork = FeatureFamilies.All
                .Where(f => kv.Value.ContainsKey(f.Name))
                .Select(f => new ClassWork(f, kv.Value[f.Name].Distinct(StringComparer.Ordinal).ToList()))
                .ToList();
            return new ImageTypeWork(spec, kv.Key, classWork);
        }).ToList();
        return new ExtractionPlan(shape.Distinct(StringComparer.Ordinal).ToList(), work);
    }

    internal sealed record ImageTypeWork(ImageTypeSpec Spec, string Prefix, IReadOnlyList<ClassWork> Classes);

    internal sealed record ClassWork(FeatureFamily Family, IReadOnlyList<string> Features);
}
