namespace SlicerBridge.Imaging.IO;

/// <summary>NIfTI-1 <c>datatype</c> codes (nifti1.h) and the voxel types they map to.</summary>
internal static class NiftiDataType
{
    public static PixelType ToPixelType(short code, string where) => code switch
    {
        2 => PixelType.UInt8,
        4 => PixelType.Int16,
        8 => PixelType.Int32,
        16 => PixelType.Float32,
        64 => PixelType.Float64,
        256 => PixelType.Int8,
        512 => PixelType.UInt16,
        768 => PixelType.UInt32,
        _ => throw new InvalidInputException($"NIfTI datatype {code} ({Name(code)}) is not supported; scalar 8/16/32-bit integers, float32 and float64 are read", where),
    };

    public static short FromPixelType(PixelType type) => type switch
    {
        PixelType.UInt8 => 2,
        PixelType.Int16 => 4,
        PixelType.Int32 => 8,
        PixelType.Float32 => 16,
        PixelType.Float64 => 64,
        PixelType.Int8 => 256,
        PixelType.UInt16 => 512,
        PixelType.UInt32 => 768,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static string Name(short code) => code switch
    {
        0 => "unknown",
        1 => "binary",
        32 => "complex64",
        128 => "RGB24",
        1024 => "int64",
        1280 => "uint64",
        1536 => "float128",
        1792 => "complex128",
        2048 => "complex256",
        2304 => "RGBA32",
        _ => "not a NIfTI-1 type",
    };
}
