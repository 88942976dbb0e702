using System.Numerics;
using System.Runtime.InteropServices;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging;

/// <summary>
/// A 3-D scalar image: a voxel buffer of one <see cref="PixelType"/>, x fastest, with its LPS geometry.
/// The buffer keeps the file's type so a 512x512x300 int16 CT costs 150 MB, not 600.
/// </summary>
public sealed class ImageVolume
{
    private readonly Array _voxels;

    private ImageVolume(ImageGeometry geometry, PixelType pixelType, Array voxels)
    {
        Geometry = geometry;
        PixelType = pixelType;
        _voxels = voxels;
    }

    public ImageGeometry Geometry { get; }

    public PixelType PixelType { get; }

    public Size3 Size => Geometry.Size;

    public long VoxelCount => Geometry.VoxelCount;

    /// <summary>Wraps <paramref name="voxels"/> (not copied) as a volume.</summary>
    public static ImageVolume Create<T>(ImageGeometry geometry, T[] voxels)
        where T : unmanaged, INumber<T>
    {
        ArgumentNullException.ThrowIfNull(geometry);
        ArgumentNullException.ThrowIfNull(voxels);
        if (voxels.LongLength != geometry.VoxelCount)
        {
            throw new ArgumentException(
                $"buffer holds {voxels.LongLength} voxels but the geometry has {geometry.VoxelCount}", nameof(voxels));
        }

        return new ImageVolume(geometry, PixelTypeExtensions.FromClrType(typeof(T)), voxels);
    }

    /// <summary>Allocates a zero-filled volume after checking <paramref name="limits"/>.</summary>
    public static ImageVolume Allocate(ImageGeometry geometry, PixelType pixelType, ImagingLimits? limits = null, string? where = null)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        (limits ?? ImagingLimits.Default).EnsureFits(geometry.VoxelCount, pixelType.SizeInBytes(), where);
        var voxels = Array.CreateInstance(pixelType.ClrType(), geometry.VoxelCount);
        return new ImageVolume(geometry, pixelType, voxels);
    }

    /// <summary>The voxels as their own type; <typeparamref name="T"/> must match <see cref="PixelType"/>.</summary>
    public Span<T> Voxels<T>()
        where T : unmanaged
    {
        // Compare types, not "is T[]": the CLR lets an int[] pass as uint[] (and sbyte[] as byte[]).
        if (typeof(T) != PixelType.ClrType())
        {
            throw new InvalidOperationException($"volume holds {PixelType}, not {typeof(T).Name}");
        }

        return (T[])_voxels;
    }

    /// <summary>The raw little-endian bytes of the buffer (the machine is little-endian).</summary>
    public Span<byte> Bytes => PixelType switch
    {
        PixelType.UInt8 => MemoryMarshal.AsBytes(Voxels<byte>()),
        PixelType.Int8 => MemoryMarshal.AsBytes(Voxels<sbyte>()),
        PixelType.UInt16 => MemoryMarshal.AsBytes(Voxels<ushort>()),
        PixelType.Int16 => MemoryMarshal.AsBytes(Voxels<short>()),
        PixelType.UInt32 => MemoryMarshal.AsBytes(Voxels<uint>()),
        PixelType.Int32 => MemoryMarshal.AsBytes(Voxels<int>()),
        PixelType.Float32 => MemoryMarshal.AsBytes(Voxels<float>()),
        PixelType.Float64 => MemoryMarshal.AsBytes(Voxels<double>()),
        _ => throw new InvalidOperationException(),
    };

    public long LinearIndex(int x, int y, int z) => x + (long)Size.X * (y + (long)Size.Y * z);

    /// <summary>One voxel as double. For loops over many voxels use <see cref="CopyTo(BoundingBox, Span{double})"/>.</summary>
    public double this[int x, int y, int z] => GetAsDouble(LinearIndex(x, y, z));

    public double GetAsDouble(long index) => PixelType switch
    {
        PixelType.UInt8 => ((byte[])_voxels)[index],
        PixelType.Int8 => ((sbyte[])_voxels)[index],
        PixelType.UInt16 => ((ushort[])_voxels)[index],
        PixelType.Int16 => ((short[])_voxels)[index],
        PixelType.UInt32 => ((uint[])_voxels)[index],
        PixelType.Int32 => ((int[])_voxels)[index],
        PixelType.Float32 => ((float[])_voxels)[index],
        PixelType.Float64 => ((double[])_voxels)[index],
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Copies the voxels inside <paramref name="box"/> into <paramref name="destination"/> as doubles, x fastest.</summary>
    public void CopyTo(BoundingBox box, Span<double> destination)
    {
        CheckBox(box);
        if (destination.Length < box.Size.VoxelCount)
        {
            throw new ArgumentException("destination is smaller than the box", nameof(destination));
        }

        switch (PixelType)
        {
            case PixelType.UInt8: CopyBox((byte[])_voxels, box, destination); break;
            case PixelType.Int8: CopyBox((sbyte[])_voxels, box, destination); break;
            case PixelType.UInt16: CopyBox((ushort[])_voxels, box, destination); break;
            case PixelType.Int16: CopyBox((short[])_voxels, box, destination); break;
            case PixelType.UInt32: CopyBox((uint[])_voxels, box, destination); break;
            case PixelType.Int32: CopyBox((int[])_voxels, box, destination); break;
            case PixelType.Float32: CopyBox((float[])_voxels, box, destination); break;
            case PixelType.Float64: CopyBox((double[])_voxels, box, destination); break;
            default: throw new InvalidOperationException();
        }
    }

    /// <summary>Copies every voxel as double.</summary>
    public double[] ToDoubleArray()
    {
        var result = new double[VoxelCount];
        CopyTo(new BoundingBox(0, 0, 0, Size.X, Size.Y, Size.Z), result);
        return result;
    }

    /// <summary>A new volume holding the voxels of <paramref name="box"/>, same voxel type, geometry moved to the box.</summary>
    public ImageVolume Crop(BoundingBox box)
    {
        CheckBox(box);
        var geometry = Geometry.Crop(box);
        return PixelType switch
        {
            PixelType.UInt8 => Create(geometry, VoxelBuffer.Crop<byte>((byte[])_voxels, Size, box)),
            PixelType.Int8 => Create(geometry, VoxelBuffer.Crop<sbyte>((sbyte[])_voxels, Size, box)),
            PixelType.UInt16 => Create(geometry, VoxelBuffer.Crop<ushort>((ushort[])_voxels, Size, box)),
            PixelType.Int16 => Create(geometry, VoxelBuffer.Crop<short>((short[])_voxels, Size, box)),
            PixelType.UInt32 => Create(geometry, VoxelBuffer.Crop<uint>((uint[])_voxels, Size, box)),
            PixelType.Int32 => Create(geometry, VoxelBuffer.Crop<int>((int[])_voxels, Size, box)),
            PixelType.Float32 => Create(geometry, VoxelBuffer.Crop<float>((float[])_voxels, Size, box)),
            PixelType.Float64 => Create(geometry, VoxelBuffer.Crop<double>((double[])_voxels, Size, box)),
            _ => throw new InvalidOperationException(),
        };
    }

    /// <summary>The same voxels with another geometry of the same size (e.g. a mask given the image's grid).</summary>
    public ImageVolume WithGeometry(ImageGeometry geometry)
    {
        ArgumentNullException.ThrowIfNull(geometry);
        if (geometry.Size != Size)
        {
            throw new ArgumentException("the new geometry must have the same size", nameof(geometry));
        }

        return new ImageVolume(geometry, PixelType, _voxels);
    }

    private void CheckBox(BoundingBox box)
    {
        if (box.X < 0 || box.Y < 0 || box.Z < 0 || box.SizeX <= 0 || box.SizeY <= 0 || box.SizeZ <= 0 ||
            box.X + box.SizeX > Size.X || box.Y + box.SizeY > Size.Y || box.Z + box.SizeZ > Size.Z)
        {
            throw new ArgumentOutOfRangeException(nameof(box), $"box {box} is not inside an image of size {Size}");
        }
    }

    private void CopyBox<T>(T[] source, BoundingBox box, Span<double> destination)
        where T : unmanaged, INumber<T>
    {
        var target = 0;
        for (var z = 0; z < box.SizeZ; z++)
        {
            for (var y = 0; y < box.SizeY; y++)
            {
                var row = source.AsSpan((int)LinearIndex(box.X, box.Y + y, box.Z + z), box.SizeX);
                var outRow = destination.Slice(target, box.SizeX);
                for (var x = 0; x < row.Length; x++)
                {
                    outRow[x] = double.CreateTruncating(row[x]);
                }

                target += box.SizeX;
            }
        }
    }
}
