using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Filters;
using SlicerBridge.Radiomics.Features;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>
/// Which features to compute on which image type: everything a parameter file enables, or only
/// the features a model names (so scoring computes only the filters and classes it uses).
/// </summary>
internal sealed record ExtractionPlan(IReadOnlyList<string> ShapeFeatures, IReadOnlyList<ImageTypeWork> ImageTypes)
{
    public static ExtractionPlan FromParameters(ExtractionParameters parameters)
    {
        var shape = parameters.FeatureClasses.FirstOrDefault(c => c.Name == "shape")?.Features ?? [];
        var classes = parameters.FeatureClasses
            .Where(c => c.Name != "shape")
            .Select(c => new ClassWork(FeatureFamilies.Find(c.Name)!, c.Features))
            .ToList();
        var work = parameters.ImageTypes.Select(spec => spec.Name == ImageTypeNames.LoG
            ? new ImageTypeWork(spec, classes, null, spec.Settings.Sigma
                ?? throw new InvalidInputException("image type LoG needs 'sigma' (e.g. sigma: [1.0, 2.0, 3.0])", "imageType.LoG"))
            : new ImageTypeWork(spec, classes, null, []));
        return new ExtractionPlan(shape, work.ToList());
    }

    /// <summary>A plan for exactly <paramref name="featureNames"/>, with settings from <paramref name="parameters"/>.</summary>
    public static ExtractionPlan ForFeatures(ExtractionParameters parameters, IEnumerable<string> featureNames)
    {
        var shape = new List<string>();
        var byPrefix = new Dictionary<string, Dictionary<string, List<string>>>(StringComparer.Ordinal);
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
                shape.Add(name.ImageType == "original"
                    ? name.Feature
                    : throw new InvalidInputException($"shape features exist only as original_shape_*, not '{text}'", text));
                continue;
            }

            ImageTypeNames.TypeOf(name.ImageType);
            var classes = byPrefix.TryGetValue(name.ImageType, out var c) ? c : byPrefix[name.ImageType] = new(StringComparer.Ordinal);
            (classes.TryGetValue(family.Name, out var list) ? list : classes[family.Name] = []).Add(name.Feature);
        }

        var work = byPrefix
            .GroupBy(kv => ImageTypeNames.TypeOf(kv.Key))
            .Select(group =>
            {
                var selected = group.ToDictionary(
                    kv => kv.Key,
                    kv => (IReadOnlyList<ClassWork>)FeatureFamilies.All
                        .Where(f => kv.Value.ContainsKey(f.Name))
                        .Select(f => new ClassWork(f, kv.Value[f.Name].Distinct(StringComparer.Ordinal).ToList()))
                        .ToList(),
                    StringComparer.Ordinal);
                var sigmas = group.Key == ImageTypeNames.LoG ? group.Select(kv => ImageTypeNames.SigmaOf(kv.Key)).ToList() : [];
                return new ImageTypeWork(ImageTypeNames.Spec(parameters, group.Key), [], selected, sigmas);
            })
            .OrderBy(w => Array.IndexOf([ImageTypeNames.Original, ImageTypeNames.LoG, ImageTypeNames.Wavelet], w.Spec.Name))
            .ToList();
        return new ExtractionPlan(shape.Distinct(StringComparer.Ordinal).ToList(), work);
    }
}

/// <summary>
/// One image type to produce and what to compute on each image it yields: the same classes on every
/// derived image (<paramref name="All"/>), or per image name (<paramref name="Selected"/>, which also
/// limits the images kept).
/// </summary>
internal sealed record ImageTypeWork(
    ImageTypeSpec Spec,
    IReadOnlyList<ClassWork> All,
    IReadOnlyDictionary<string, IReadOnlyList<ClassWork>>? Selected,
    IReadOnlyList<LogSigma> Sigmas)
{
    /// <summary>The classes to compute on the image named <paramref name="prefix"/>; empty to skip it.</summary>
    public IReadOnlyList<ClassWork> ClassesFor(string prefix) =>
        Selected is null ? All : Selected.GetValueOrDefault(prefix) ?? [];
}

internal sealed record ClassWork(FeatureFamily Family, IReadOnlyList<string> Features);
