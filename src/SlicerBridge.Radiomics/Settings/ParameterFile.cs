using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Features;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SlicerBridge.Radiomics.Settings;

/// <summary>
/// Reads PyRadiomics parameter files (YAML with <c>setting</c>, <c>imageType</c> and
/// <c>featureClass</c>) so a site's existing files work unchanged. Anything unknown — a top-level
/// key, a setting, an image type, a feature class or a feature name — is an error that names it.
/// </summary>
public static class ParameterFile
{
    /// <summary>Image types PyRadiomics defines; those SlicerBridge can compute are in <see cref="SupportedImageTypes"/>.</summary>
    private static readonly string[] PyRadiomicsImageTypes =
        ["Original", "LoG", "Wavelet", "Square", "SquareRoot", "Logarithm", "Exponential", "Gradient", "LBP2D", "LBP3D"];

    public static IReadOnlyList<string> SupportedImageTypes { get; } = ["Original", "LoG", "Wavelet"];

    public static ExtractionParameters Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException("parameter file not found", path);
        }

        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (InvalidInputException e) when (e.Where is not null && !e.Where.Contains(path, StringComparison.Ordinal))
        {
            throw new InvalidInputException(e.Message, $"{path}: {e.Where}", e);
        }
    }

    public static ExtractionParameters Parse(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        var root = LoadYaml(yaml);
        foreach (var key in root.Keys)
        {
            if (key is not ("setting" or "imageType" or "featureClass"))
            {
                throw key == "voxelSetting"
                    ? new InvalidInputException("voxel-based extraction (voxelSetting) is not supported", key)
                    : new InvalidInputException($"unknown top-level key '{key}' (expected setting, imageType, featureClass)", key);
            }
        }

        var settings = ApplySettings(ExtractionSettings.Default, AsMapping(root.GetValueOrDefault("setting"), "setting"));
        return new ExtractionParameters
        {
            Settings = settings,
            ImageTypes = root.TryGetValue("imageType", out var imageTypes)
                ? ParseImageTypes(AsMapping(imageTypes, "imageType"), settings)
                : [new ImageTypeSpec("Original", settings)],
            FeatureClasses = root.TryGetValue("featureClass", out var classes)
                ? ParseFeatureClasses(AsMapping(classes, "featureClass"))
                : ExtractionParameters.Default.FeatureClasses,
            SourceText = yaml,
        };
    }

    /// <summary>Applies settings given as PyRadiomics keys and loosely typed values (YAML scalars, Python literals).</summary>
    public static ExtractionSettings ApplySettings(ExtractionSettings settings, IEnumerable<KeyValuePair<string, object?>> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (key, value) in values)
        {
            settings = SettingKeys.Apply(settings, key, value);
        }

        return settings;
    }

    private static List<ImageTypeSpec> ParseImageTypes(List<KeyValuePair<string, object?>> entries, ExtractionSettings global)
    {
        var result = new List<ImageTypeSpec>();
        foreach (var (name, value) in entries)
        {
            if (!PyRadiomicsImageTypes.Contains(name, StringComparer.Ordinal))
            {
                throw new InvalidInputException($"unknown image type '{name}'", $"imageType.{name}");
            }

            if (!SupportedImageTypes.Contains(name, StringComparer.Ordinal))
            {
                throw new InvalidInputException(
                    $"image type '{name}' is not supported (supported: {string.Join(", ", SupportedImageTypes)})", $"imageType.{name}");
            }

            result.Add(new ImageTypeSpec(name, ApplySettings(global, AsMapping(value, $"imageType.{name}"))));
        }

        return result.Count > 0
            ? result
            : throw new InvalidInputException("imageType enables no image type", "imageType");
    }

    private static List<FeatureClassSpec> ParseFeatureClasses(List<KeyValuePair<string, object?>> entries)
    {
        var result = new List<FeatureClassSpec>();
        foreach (var (name, value) in entries)
        {
            var family = FeatureFamilies.Find(name)
                ?? throw new InvalidInputException(
                    $"unknown or unsupported feature class '{name}' (supported: {string.Join(", ", FeatureFamilies.All.Select(f => f.Name))})",
                    $"featureClass.{name}");
            var features = value is null
                ? family.DefaultFeatureNames.ToList()
                : SettingValue.ToList(value, $"featureClass.{name}").Select(f => f as string ?? "").ToList();
            foreach (var feature in features)
            {
                if (!family.Defines(feature))
                {
                    throw new InvalidInputException($"feature class '{name}' has no feature '{feature}'", $"featureClass.{name}");
                }
            }

            if (features.Count == 0)
            {
                features = family.DefaultFeatureNames.ToList();
            }

            result.Add(new FeatureClassSpec(name, features.Distinct(StringComparer.Ordinal).ToList()));
        }

        return result;
    }

    private static Dictionary<string, object?> LoadYaml(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new InvalidInputException($"parameter file is not valid YAML (line {e.Start.Line}): {e.Message}", $"line {e.Start.Line}");
        }

        if (stream.Documents.Count == 0)
        {
            return [];
        }

        return AsMapping(Convert(stream.Documents[0].RootNode), "the document").ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }

    private static List<KeyValuePair<string, object?>> AsMapping(object? value, string where) => value switch
    {
        null => [],
        List<KeyValuePair<string, object?>> mapping => mapping,
        _ => throw new InvalidInputException($"'{where}' must be a mapping of names to values", where),
    };

    /// <summary>YAML node to .NET value: mappings keep their order; plain scalars become bool, long, double or null where they parse.</summary>
    private static object? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children
            .Select(kv => new KeyValuePair<string, object?>(((YamlScalarNode)kv.Key).Value ?? "", Convert(kv.Value)))
            .ToList(),
        YamlSequenceNode sequence => sequence.Children.Select(Convert).ToList(),
        YamlScalarNode scalar => ConvertScalar(scalar),
        _ => throw new InvalidInputException("unsupported YAML construct", node.Start.ToString()),
    };

    private static object? ConvertScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted)
        {
            return text;
        }

        if (text is "" or "~" or "null" or "Null" or "NULL" or "None")
        {
            return null;
        }

        if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return text[0] is 't' or 'T';
        }

        if (long.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var l))
        {
            return l;
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? d
            : text;
    }
}
