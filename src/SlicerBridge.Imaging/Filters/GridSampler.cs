using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// ITK's ResampleImageFilter for an identity transform (its linear fast path): per output scanline the
/// continuous input indices of voxel 0 and of voxel <c>size.X</c> are computed, and the points between
/// are interpolated from those two, exactly as ITK does; points outside [-0.5, N - 0.5) get 0.
/// </summary>
internal static class GridSampler
{
    /// <summary>Bounding box of input voxels that sampling <paramref name="output"/> can touch, with a margin; null if none.</summary>
    public static BoundingBox? InputBox(ImageGeometry input, ImageGeometry output, int margin)
    {
        var inputMap = new ItkIndexMapping(input);
        var outputMap = new ItkIndexMapping(output);
        Span<double> min = [double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity];
        Span<double> max = [double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity];
        for (var corner = 0; corner < 8; corner++)
        {
            var index = inputMap.PhysicalToContinuousIndex(outputMap.IndexToPhysical(
                (corner & 1) == 0 ? 0 : output.Size.X,
                (corner & 2) == 0 ? 0 : output.Size.Y - 1,
                (corner & 4) == 0 ? 0 : output.Size.Z - 1));
            for (var axis = 0; axis < 3; axis++)
            {
                min[axis] = Math.Min(min[axis], index[axis]);
                max[axis] = Math.Max(max[axis], index[axis]);
            }
        }

        Span<int> lower = stackalloc int[3];
        Span<int> upper = stackalloc int[3];
        for (var axis = 0; axis < 3; axis++)
        {
            var last = input.Size[axis] - 1;
            var lo = Math.Floor(min[axis]) - margin;
            var hi = Math.Ceiling(max[axis]) + margin;
            if (hi < 0 || lo > last)
            {
                return null;
            }

            lower[axis] = (int)Math.Max(lo, 0);
            upper[axis] = (int)Math.Min(hi, last);
        }

        return new BoundingBox(lower[0], lower[1], lower[2],
            upper[0] - lower[0] + 1, upper[1] - lower[1] + 1, upper[2] - lower[2] + 1);
    }

    public static double[] Sample(IVoxelInterpolator interpolator, ImageGeometry input, ImageGeometry output)
    {
        var inputMap = new ItkIndexMapping(input);
        var outputMap = new ItkIndexMapping(output);
        var size = output.Size;
        var upperX = input.Size.X - 1 + 0.5;
        var upperY = input.Size.Y - 1 + 0.5;
        var upperZ = input.Size.Z - 1 + 0.5;
        var lines = size.Y * size.Z;
        var buffer = new double[size.VoxelCount];
        Parallel.For(0, lines, line =>
        {
            var y = line % size.Y;
            var z = line / size.Y;
            var start = inputMap.PhysicalToContinuousIndex(outputMap.IndexToPhysical(0, y, z));
            var end = inputMap.PhysicalToContinuousIndex(outputMap.IndexToPhysical(size.X, y, z));
            var row = buffer.AsSpan(line * size.X, size.X);
            for (var x = 0; x < size.X; x++)
            {
                var alpha = x / (double)size.X;
                var ix = start.X + alpha * (end.X - start.X);
                var iy = start.Y + alpha * (end.Y - start.Y);
                var iz = start.Z + alpha * (end.Z - start.Z);
                var inside = ix >= -0.5 && ix < upperX && iy >= -0.5 && iy < upperY && iz >= -0.5 && iz < upperZ;
                row[x] = inside ? interpolator.Evaluate(ix, iy, iz) : 0.0;
            }
        });
        return buffer;
    }
}
