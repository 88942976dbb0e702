using SlicerBridge.Imaging;
using SlicerBridge.Imaging.IO;

namespace SlicerBridge.Cli;

/// <summary>Reads an image or mask file by its extension.</summary>
internal static class VolumeFiles
{
    public static ImageVolume Read(string path, ImagingLimits limits)
    {
        var name = path.ToLowerInvariant();
        if (name.EndsWith(".nrrd", StringComparison.Ordinal) || name.EndsWith(".nhdr", StringComparison.Ordinal))
        {
            return NrrdReader.Read(path, limits);
        }

        throw new InvalidInputException("unsupported image file type (expected .nrrd or .nhdr)", path);
    }
}
