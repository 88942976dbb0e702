using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging;

/// <summary>Operations on flat x-fastest voxel buffers that every layer needs.</summary>
public static class VoxelBuffer
{
    /// <summary>Copies the voxels of <paramref name="box"/> out of a buffer of <paramref name="size"/>.</summary>
    public static T[] Crop<T>(ReadOnlySpan<T> source, Size3 size, BoundingBox box)
    {
        if (source.Length != size.VoxelCount)
        {
            throw new ArgumentException("buffer does not match its size", nameof(source));
        }

        if (box.X < 0 || box.Y < 0 || box.Z < 0 || box.SizeX <= 0 || box.SizeY <= 0 || box.SizeZ <= 0 ||
            box.X + box.SizeX > size.X || box.Y + box.SizeY > size.Y || box.Z + box.SizeZ > size.Z)
        {
            throw new ArgumentOutOfRangeException(nameof(box), $"box {box} is not inside a buffer of size {size}");
        }

        var result = new T[box.Size.VoxelCount];
        var target = 0;
        for (var z = 0; z < box.SizeZ; z++)
        {
            for (var y = 0; y < box.SizeY; y++)
            {
                var start = box.X + (long)size.X * (box.Y + y + (long)size.Y * (box.Z + z));
                source.Slice((int)start, box.SizeX).CopyTo(result.AsSpan(target));
                target += box.SizeX;
            }
        }

        return result;
    }
}
