using System.Numerics;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// Runs a <see cref="RecursiveGaussian"/> along one axis of an x-fastest volume, line by line in
/// double, storing float like ITK's float intermediate images. Planes run in parallel; y and z lines
/// are gathered a plane at a time so the big arrays are read and written in rows.
/// </summary>
internal static class SeparablePass
{
    public static void Run<TSource>(TSource[] source, float[] target, Size3 size, int axis, RecursiveGaussian filter)
        where TSource : unmanaged, INumber<TSource>
    {
        var nx = size.X;
        var ny = size.Y;
        var nz = size.Z;
        var length = size[axis];
        var planes = axis == 2 ? ny : nz;
        Parallel.For(0, planes, () => new Buffers(length, axis == 0 ? 0 : length * nx), (plane, _, buffers) =>
        {
            if (axis == 0)
            {
                for (var y = 0; y < ny; y++)
                {
                    var start = nx * (y + ny * plane);
                    for (var i = 0; i < nx; i++)
                    {
                        buffers.Line[i] = double.CreateTruncating(source[start + i]);
                    }

                    filter.Apply(buffers.Line, buffers.Output, buffers.Scratch);
                    for (var i = 0; i < nx; i++)
                    {
                        target[start + i] = (float)buffers.Output[i];
                    }
                }

                return buffers;
            }

            // Rows of the plane: for axis 1 the rows y of slice z; for axis 2 the rows z at height y.
            var rowStride = axis == 1 ? nx : nx * ny;
            var planeStart = axis == 1 ? nx * ny * plane : nx * plane;
            var block = buffers.Block;
            for (var r = 0; r < length; r++)
            {
                var row = planeStart + r * rowStride;
                for (var i = 0; i < nx; i++)
                {
                    block[r * nx + i] = double.CreateTruncating(source[row + i]);
                }
            }

            for (var x = 0; x < nx; x++)
            {
                for (var r = 0; r < length; r++)
                {
                    buffers.Line[r] = block[r * nx + x];
                }

                filter.Apply(buffers.Line, buffers.Output, buffers.Scratch);
                for (var r = 0; r < length; r++)
                {
                    block[r * nx + x] = buffers.Output[r];
                }
            }

            for (var r = 0; r < length; r++)
            {
                var row = planeStart + r * rowStride;
                for (var i = 0; i < nx; i++)
                {
                    target[row + i] = (float)block[r * nx + i];
                }
            }

            return buffers;
        }, _ => { });
    }

    private sealed class Buffers(int length, int blockLength)
    {
        public double[] Line { get; } = new double[length];

        public double[] Output { get; } = new double[length];

        public double[] Scratch { get; } = new double[length];

        public double[] Block { get; } = new double[blockLength];
    }
}
