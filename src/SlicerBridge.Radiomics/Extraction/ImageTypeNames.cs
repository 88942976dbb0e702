using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>Maps parameter-file image types (<c>Original</c>) to feature-name prefixes (<c>original</c>) and back.</summary>
internal static class ImageTypeNames
{
    public static string Prefix(string imageType) => imageType switch
    {
        "Original" => "original",
        _ => throw new InvalidInputException($"image type '{imageType}' is not supported", imageType),
    };

    /// <summary>The image-type settings for a feature-name prefix: the parameter file's if it enables the type, else the global settings.</summary>
    public static ImageTypeSpec Spec(ExtractionParameters parameters, string prefix)
    {
        var type = prefix switch
        {
            "original" => "Original",
            _ => throw new InvalidInputException($"image type of feature prefix '{prefix}' is not supported", prefix),
        };

        return parameters.ImageTypes.FirstOrDefault(t => t.Name == type) ?? new ImageTypeSpec(type, parameters.Settings);
    }
}
