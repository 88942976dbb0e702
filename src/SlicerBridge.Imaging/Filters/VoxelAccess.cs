using System.Numerics;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// Box copies that dispatch on <see cref="ImageVolume.PixelType"/>. <see cref="ImageVolume"/>'s own
/// CopyTo/Crop dispatch on the runtime array type, and the CLR lets a <c>short[]</c> match
/// <c>ushort[]</c> (likewise sbyte/byte, int/uint), so negative HU come out as 65 000-odd there. The
/// filters use these until ImageVolume dispatches on PixelType.
/// </summary>
internal static class VoxelAccess
{
    public static void CopyTo(ImageVolume image, BoundingBox box, Span<double> destination)
    {
        switch (image.PixelType)
        {
            case PixelType.UInt8: Copy<byte>(image, box, destination); break;
            case PixelType.Int8: Copy<sbyte>(image, box, destination); break;
            case PixelType.UInt16: Copy<ushort>(image, box, destination); break;
            case PixelType.Int16: Copy<short>(image, box, destination); break;
            case PixelType.UInt32: Copy<uint>(image, box, destination); break;
            case PixelType.Int32: Copy<int>(image, box, destination); break;
            case PixelType.Float32: Copy<float>(image, box, destination); break;
            case PixelType.Float64: Copy<double>(image, box, destination); break;
            default: throw new InvalidOperationException();
        }
    }

    public static double[] ToDoubles(ImageVolume image)
    {
        var size = image.Size;
        var values = new double[image.VoxelCount];
        CopyTo(image, new BoundingBox(0, 0, 0, size.X, size.Y, size.Z), values);
        return values;
    }

    public static ImageVolume Crop(ImageVolume image, BoundingBox box) => image.PixelType switch
    {
        PixelType.UInt8 => Crop<byte>(image, box),
        PixelType.Int8 => Crop<sbyte>(image, box),
        PixelType.UInt16 => Crop<ushort>(image, box),
        PixelType.Int16 => Crop<short>(image, box),
        PixelType.UInt32 => Crop<uint>(image, box),
        PixelType.Int32 => Crop<int>(image, box),
        PixelType.Float32 => Crop<float>(image, box),
        PixelType.Float64 => Crop<double>(image, box),
        _ => throw new InvalidOperationException(),
    };

    private static void Copy<T>(ImageVolume image, BoundingBox box, Span<double> destination)
        where T : unmanaged, INumber<T>
    {
        ReadOnlySpan<T> source = image.Voxels<T>();
        var target = 0;
        for (var z = 0; z < box.SizeZ; z++)
        {
            for (var y = 0; y < box.SizeY; y++)
            {
                var row = source.Slice((int)image.LinearIndex(box.X, box.Y + y, box.Z + z), box.SizeX);
                var outRow = destination.Slice(target, box.SizeX);
                for (var x = 0; x < row.Length; x++)
                {
                    outRow[x] = double.CreateTruncating(row[x]);
                }

                target += box.SizeX;
            }
        }
    }

    private static ImageVolume Crop<T>(ImageVolume image, BoundingBox box)
        where T : unmanaged, INumber<T>
    {
        ReadOnlySpan<T> source = image.Voxels<T>();
        var result = new T[box.Size.VoxelCount];
        var target = 0;
        for (var z = 0; z < box.SizeZ; z++)
        {
            for (var y = 0; y < box.SizeY; y++)
            {
                source.Slice((int)image.LinearIndex(box.X, box.Y + y, box.Z + z), box.SizeX).CopyTo(result.AsSpan(target));
                target += box.SizeX;
            }
        }

        return ImageVolume.Create(image.Geometry.Crop(box), result);
    }
}
