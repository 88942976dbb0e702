using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// The voxels of one box of an image as doubles, addressed with whole-image indices. Interpolators
/// read only the box a resampled grid needs, so a full CT is never converted to double.
/// </summary>
internal sealed class VoxelBlock
{
    public VoxelBlock(double[] values, BoundingBox box, Size3 imageSize)
    {
        Values = values;
        Box = box;
        ImageSize = imageSize;
    }

    public double[] Values { get; }

    public BoundingBox Box { get; }

    /// <summary>The size of the whole image the box was taken from (ITK's buffer bounds).</summary>
    public Size3 ImageSize { get; }

    public static VoxelBlock FromImage(ImageVolume image, BoundingBox box)
    {
        var values = new double[box.Size.VoxelCount];
        image.CopyTo(box, values);
        return new VoxelBlock(values, box, image.Size);
    }

    public static VoxelBlock FromMask(RoiMask mask, BoundingBox box)
    {
        var bytes = mask.Crop(box);
        var values = new double[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            values[i] = bytes[i];
        }

        return new VoxelBlock(values, box, mask.Geometry.Size);
    }

    public double At(long x, long y, long z) =>
        Values[(x - Box.X) + Box.SizeX * ((y - Box.Y) + Box.SizeY * (z - Box.Z))];
}
