namespace SlicerBridge.Imaging;

/// <summary>
/// Caps checked before any voxel buffer is allocated, so a corrupt header or an absurd setting
/// becomes a clear error instead of an out-of-memory crash.
/// </summary>
public sealed record ImagingLimits
{
    /// <summary>The defaults: 2 GiB per buffer, and at most 1024³ voxels (a 512x512x4000 CT still fits).</summary>
    public static ImagingLimits Default { get; } = new();

    public long MaxBytes { get; init; } = 2L * 1024 * 1024 * 1024;

    public long MaxVoxels { get; init; } = 1024L * 1024 * 1024;

    /// <summary>Throws unless a buffer of <paramref name="voxels"/> voxels of <paramref name="bytesPerVoxel"/> bytes fits the caps.</summary>
    public void EnsureFits(long voxels, int bytesPerVoxel, string? where = null)
    {
        if (voxels <= 0)
        {
            throw new InvalidInputException("image has no voxels", where);
        }

        if (voxels > MaxVoxels || voxels > Array.MaxLength)
        {
            throw new InvalidInputException(
                $"image of {voxels} voxels exceeds the limit of {Math.Min(MaxVoxels, Array.MaxLength)} voxels", where);
        }

        var bytes = voxels * bytesPerVoxel;
        if (bytes > MaxBytes)
        {
            throw new InvalidInputException(
                $"image needs {bytes / (1024.0 * 1024.0):F0} MiB, more than the memory cap of {MaxBytes / (1024.0 * 1024.0):F0} MiB", where);
        }
    }
}
