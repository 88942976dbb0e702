using System.Numerics;
using System.Runtime.InteropServices;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// Applies an <see cref="ILineFilter"/> along one axis of an x-fastest volume, a plane at a time (in
/// parallel): the plane's lines are gathered side by side into a small double block, filtered in SIMD
/// lanes, and stored back (as <typeparamref name="TTarget"/>, e.g. float like ITK's intermediates).
/// The big arrays are only ever read and written in whole rows.
/// </summary>
internal static class AxisLines
{
    public static void Filter<TSource, TTarget>(TSource[] source, TTarget[] target, Size3 size, int axis, ILineFilter filter)
        where TSource : unmanaged, INumber<TSource>
        where TTarget : unmanaged, INumber<TTarget>
    {
        var nx = size.X;
        var ny = size.Y;
        var length = size[axis];
        var lanes = axis == 0 ? ny : nx;
        var width = (lanes + Vector<double>.Count - 1) / Vector<double>.Count;
        var stride = width * Vector<double>.Count;
        var planes = axis == 2 ? ny : size.Z;
        Parallel.For(0, planes, () => (Block: new double[length * stride], Scratch: new Vector<double>[2 * length * width]), (plane, _, buffers) =>
        {
            var block = buffers.Block;
            for (var i = 0; i < length; i++)
            {
                var row = block.AsSpan(i * stride, lanes);
                if (axis == 0)
                {
                    for (var y = 0; y < ny; y++)
                    {
                        row[y] = double.CreateTruncating(source[i + nx * (y + ny * plane)]);
                    }
                }
                else
                {
                    var input = source.AsSpan(RowStart(i, plane, axis, nx, ny), nx);
                    for (var x = 0; x < nx; x++)
                    {
                        row[x] = double.CreateTruncating(input[x]);
                    }
                }
            }

            filter.Apply(MemoryMarshal.Cast<double, Vector<double>>(block.AsSpan()), length, width, buffers.Scratch);

            for (var i = 0; i < length; i++)
            {
                var row = block.AsSpan(i * stride, lanes);
                if (axis == 0)
                {
                    for (var y = 0; y < ny; y++)
                    {
                        target[i + nx * (y + ny * plane)] = TTarget.CreateTruncating(row[y]);
                    }
                }
                else
                {
                    var output = target.AsSpan(RowStart(i, plane, axis, nx, ny), nx);
                    for (var x = 0; x < nx; x++)
                    {
                        output[x] = TTarget.CreateTruncating(row[x]);
                    }
                }
            }

            return buffers;
        }, _ => { });
    }

    /// <summary>Start of row (y = i, z = plane) for axis 1, or (y = plane, z = i) for axis 2.</summary>
    private static int RowStart(int i, int plane, int axis, int nx, int ny) =>
        axis == 1 ? nx * (i + ny * plane) : nx * (plane + ny * i);
}
