using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace SlicerBridge.Imaging.IO;

/// <summary>Swaps a voxel buffer between big- and little-endian in place.</summary>
internal static class ByteOrder
{
    public static void Swap(ImageVolume volume)
    {
        var bytes = volume.Bytes;
        switch (volume.PixelType.SizeInBytes())
        {
            case 2:
                var u16 = MemoryMarshal.Cast<byte, ushort>(bytes);
                BinaryPrimitives.ReverseEndianness(u16, u16);
                break;
            case 4:
                var u32 = MemoryMarshal.Cast<byte, uint>(bytes);
                BinaryPrimitives.ReverseEndianness(u32, u32);
                break;
            case 8:
                var u64 = MemoryMarshal.Cast<byte, ulong>(bytes);
                BinaryPrimitives.ReverseEndianness(u64, u64);
                break;
        }
    }
}
