using System.Numerics;

namespace SlicerBridge.Imaging;

/// <summary>Writes doubles into a volume of any voxel type with ITK's cast: clamp to the type's range, truncate toward zero.</summary>
public static class VoxelConversion
{
    public static void FromDoubles(ReadOnlySpan<double> source, ImageVolume target)
    {
        ArgumentNullException.ThrowIfNull(target);
        switch (target.PixelType)
        {
            case PixelType.UInt8: Convert(source, target.Voxels<byte>()); break;
            case PixelType.Int8: Convert(source, target.Voxels<sbyte>()); break;
            case PixelType.UInt16: Convert(source, target.Voxels<ushort>()); break;
            case PixelType.Int16: Convert(source, target.Voxels<short>()); break;
            case PixelType.UInt32: Convert(source, target.Voxels<uint>()); break;
            case PixelType.Int32: Convert(source, target.Voxels<int>()); break;
            case PixelType.Float32: Convert(source, target.Voxels<float>()); break;
            case PixelType.Float64: source.CopyTo(target.Voxels<double>()); break;
            default: throw new InvalidOperationException();
        }
    }

    private static void Convert<T>(ReadOnlySpan<double> source, Span<T> target)
        where T : unmanaged, INumber<T>
    {
        for (var i = 0; i < source.Length; i++)
        {
            // CreateSaturating clamps to the type's range and truncates toward zero for integer T.
            target[i] = T.CreateSaturating(source[i]);
        }
    }
}
