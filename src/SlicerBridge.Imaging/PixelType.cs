namespace SlicerBridge.Imaging;

/// <summary>The voxel types a volume can hold. Names follow ITK's scalar component types.</summary>
public enum PixelType
{
    UInt8,
    Int8,
    UInt16,
    Int16,
    UInt32,
    Int32,
    Float32,
    Float64,
}

public static class PixelTypeExtensions
{
    public static int SizeInBytes(this PixelType type) => type switch
    {
        PixelType.UInt8 or PixelType.Int8 => 1,
        PixelType.UInt16 or PixelType.Int16 => 2,
        PixelType.UInt32 or PixelType.Int32 or PixelType.Float32 => 4,
        PixelType.Float64 => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool IsInteger(this PixelType type) => type is not (PixelType.Float32 or PixelType.Float64);

    public static Type ClrType(this PixelType type) => type switch
    {
        PixelType.UInt8 => typeof(byte),
        PixelType.Int8 => typeof(sbyte),
        PixelType.UInt16 => typeof(ushort),
        PixelType.Int16 => typeof(short),
        PixelType.UInt32 => typeof(uint),
        PixelType.Int32 => typeof(int),
        PixelType.Float32 => typeof(float),
        PixelType.Float64 => typeof(double),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static PixelType FromClrType(Type type) =>
        type == typeof(byte) ? PixelType.UInt8
        : type == typeof(sbyte) ? PixelType.Int8
        : type == typeof(ushort) ? PixelType.UInt16
        : type == typeof(short) ? PixelType.Int16
        : type == typeof(uint) ? PixelType.UInt32
        : type == typeof(int) ? PixelType.Int32
        : type == typeof(float) ? PixelType.Float32
        : type == typeof(double) ? PixelType.Float64
        : throw new ArgumentException($"{type.Name} is not a supported voxel type", nameof(type));
}
