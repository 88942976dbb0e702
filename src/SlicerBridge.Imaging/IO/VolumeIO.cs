namespace SlicerBridge.Imaging.IO;

/// <summary>Reads and writes volumes choosing the format by extension: .nrrd, .nhdr, .nii, .nii.gz.</summary>
public static class VolumeIO
{
    public static ImageVolume Read(string path, ImagingLimits? limits = null) => FormatOf(path) switch
    {
        VolumeFormat.Nrrd => NrrdReader.Read(path, limits),
        _ => NiftiReader.Read(path, limits),
    };

    /// <summary>Writes atomically; NRRD is gzip-compressed, NIfTI when the name ends in .gz.</summary>
    public static void Write(ImageVolume volume, string path)
    {
        ArgumentNullException.ThrowIfNull(volume);
        if (FormatOf(path) == VolumeFormat.Nrrd)
        {
            if (path.EndsWith(".nhdr", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidInputException("writing detached NRRD headers (.nhdr) is not supported; use .nrrd", path);
            }

            NrrdWriter.Write(volume, path);
        }
        else
        {
            NiftiWriter.Write(volume, path);
        }
    }

    /// <summary>The format a file name asks for; anything else is an <see cref="InvalidInputException"/> naming the extension.</summary>
    public static VolumeFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".nrrd", StringComparison.Ordinal) || name.EndsWith(".nhdr", StringComparison.Ordinal))
        {
            return VolumeFormat.Nrrd;
        }

        if (name.EndsWith(".nii", StringComparison.Ordinal) || name.EndsWith(".nii.gz", StringComparison.Ordinal))
        {
            return VolumeFormat.Nifti;
        }

        if (name.EndsWith(".hdr", StringComparison.Ordinal) || name.EndsWith(".img", StringComparison.Ordinal) ||
            name.EndsWith(".img.gz", StringComparison.Ordinal))
        {
            throw new InvalidInputException("NIfTI/Analyze header/image pairs (.hdr/.img) are not supported; convert to a single .nii file", path);
        }

        var extension = name.EndsWith(".gz", StringComparison.Ordinal)
            ? Path.GetExtension(name[..^3]) + ".gz"
            : Path.GetExtension(name);
        throw new InvalidInputException(
            $"unsupported image file extension '{(extension.Length > 0 ? extension : "(none)")}' (expected .nrrd, .nhdr, .nii or .nii.gz)", path);
    }
}
