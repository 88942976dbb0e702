using System.Numerics;

namespace SlicerBridge.Imaging;

/// <summary>Sum, sum of squares, minimum and maximum of every voxel of a volume, in one typed pass.</summary>
public readonly record struct VoxelStatistics(long Count, double Sum, double SumOfSquares, double Minimum, double Maximum)
{
    public double Mean => Sum / Count;

    public static VoxelStatistics Of(ImageVolume image)
    {
        ArgumentNullException.ThrowIfNull(image);
        return image.PixelType switch
        {
            PixelType.UInt8 => Of<byte>(image.Voxels<byte>()),
            PixelType.Int8 => Of<sbyte>(image.Voxels<sbyte>()),
            PixelType.UInt16 => Of<ushort>(image.Voxels<ushort>()),
            PixelType.Int16 => Of<short>(image.Voxels<short>()),
            PixelType.UInt32 => Of<uint>(image.Voxels<uint>()),
            PixelType.Int32 => Of<int>(image.Voxels<int>()),
            PixelType.Float32 => Of<float>(image.Voxels<float>()),
            PixelType.Float64 => Of<double>(image.Voxels<double>()),
            _ => throw new InvalidOperationException(),
        };
    }

    // Accumulated in index order, as the per-voxel loops it replaces did, so the sums are bit for bit the same.
    private static VoxelStatistics Of<T>(ReadOnlySpan<T> voxels)
        where T : unmanaged, INumber<T>
    {
        double sum = 0, squares = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (var voxel in voxels)
        {
            var v = double.CreateTruncating(voxel);
            sum += v;
            squares += v * v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return new VoxelStatistics(voxels.Length, sum, squares, min, max);
    }
}
