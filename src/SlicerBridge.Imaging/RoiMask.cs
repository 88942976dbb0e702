using System.Numerics;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging;

/// <summary>
/// A binary region of interest on a grid: one byte per voxel (1 inside), x fastest, with the
/// tight bounding box and voxel count computed once.
/// </summary>
public sealed class RoiMask
{
    public RoiMask(ImageGeometry geometry, byte[] voxels)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(voxels);
        if (voxels.LongLength != geometry.VoxelCount)
        {
            throw new ArgumentException("mask buffer does not match its geometry", nameof(voxels));
        }

        Geometry = geometry;
        Voxels = voxels;
        (BoundingBox, VoxelCount) = Measure(geometry.Size, voxels);
    }

    public ImageGeometry Geometry { get; }

    /// <summary>1 inside the region, 0 outside.</summary>
    public byte[] Voxels { get; }

    /// <summary>Tight box around the region; all zero when the region is empty.</summary>
    public BoundingBox BoundingBox { get; }

    public long VoxelCount { get; }

    public bool IsEmpty => VoxelCount == 0;

    /// <summary>
    /// The voxels of <paramref name="labelImage"/> equal to <paramref name="label"/>. A label map must hold
    /// whole numbers: a float mask with fractional values is rejected rather than silently truncated.
    /// </summary>
    public static RoiMask FromLabel(ImageVolume labelImage, long label, string? where = null)
    {
        ArgumentNullException.ThrowIfNull(labelImage);
        var voxels = new byte[labelImage.VoxelCount];
        switch (labelImage.PixelType)
        {
            case PixelType.UInt8: Select<byte>(labelImage, label, voxels); break;
            case PixelType.Int8: Select<sbyte>(labelImage, label, voxels); break;
            case PixelType.UInt16: Select<ushort>(labelImage, label, voxels); break;
            case PixelType.Int16: Select<short>(labelImage, label, voxels); break;
            case PixelType.UInt32: Select<uint>(labelImage, label, voxels); break;
            case PixelType.Int32: Select<int>(labelImage, label, voxels); break;
            case PixelType.Float32: SelectFloat<float>(labelImage, label, voxels, where); break;
            case PixelType.Float64: SelectFloat<double>(labelImage, label, voxels, where); break;
            default: throw new InvalidOperationException();
        }

        return new RoiMask(labelImage.Geometry, voxels);
    }

    /// <summary>The distinct non-zero labels of a label map, ascending (for error messages).</summary>
    public static IReadOnlyList<long> LabelsPresent(ImageVolume labelImage, int maxLabels = 16)
    {
        ArgumentNullException.ThrowIfNull(labelImage);
        var found = new SortedSet<long>();
        for (long i = 0; i < labelImage.VoxelCount && found.Count < maxLabels; i++)
        {
            var value = labelImage.GetAsDouble(i);
            if (value != 0 && double.IsFinite(value))
            {
                found.Add((long)value);
            }
        }

        return found.ToList();
    }

    /// <summary>This region cropped to <paramref name="box"/>, as a byte array x fastest.</summary>
    public byte[] Crop(BoundingBox box) => VoxelBuffer.Crop<byte>(Voxels, Geometry.Size, box);

    private static void Select<T>(ImageVolume image, long label, byte[] voxels)
        where T : unmanaged, IBinaryInteger<T>
    {
        var source = image.Voxels<T>();
        for (var i = 0; i < source.Length; i++)
        {
            voxels[i] = long.CreateTruncating(source[i]) == label ? (byte)1 : (byte)0;
        }
    }

    private static void SelectFloat<T>(ImageVolume image, long label, byte[] voxels, string? where)
        where T : unmanaged, IFloatingPoint<T>
    {
        var source = image.Voxels<T>();
        for (var i = 0; i < source.Length; i++)
        {
            var value = double.CreateTruncating(source[i]);
            if (!double.IsFinite(value) || Math.Floor(value) != value)
            {
                throw new InvalidInputException(
                    "mask has non-integer values; a label map must hold whole numbers", where);
            }

            voxels[i] = value == label ? (byte)1 : (byte)0;
        }
    }

    private static (BoundingBox Box, long Count) Measure(Size3 size, byte[] voxels)
    {
        int x0 = int.MaxValue, y0 = int.MaxValue, z0 = int.MaxValue, x1 = -1, y1 = -1, z1 = -1;
        long count = 0;
        var index = 0;
        for (var z = 0; z < size.Z; z++)
        {
            for (var y = 0; y < size.Y; y++)
            {
                var row = voxels.AsSpan(index, size.X);
                index += size.X;
                var first = row.IndexOfAnyExcept((byte)0);
                if (first < 0)
                {
                    continue;
                }

                var last = row.LastIndexOfAnyExcept((byte)0);
                count += row.Length - row.Count((byte)0);
                x0 = Math.Min(x0, first);
                x1 = Math.Max(x1, last);
                y0 = Math.Min(y0, y);
                y1 = Math.Max(y1, y);
                z0 = Math.Min(z0, z);
                z1 = Math.Max(z1, z);
            }
        }

        return count == 0
            ? (default, 0)
            : (new BoundingBox(x0, y0, z0, x1 - x0 + 1, y1 - y0 + 1, z1 - z0 + 1), count);
    }
}
