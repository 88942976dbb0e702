using System.Numerics;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// pywt's level-1 SWT step along one axis (downsampling_convolution_periodization with step 1):
/// <c>out[n] = Σ_j f[j]·x[(n + F/2 − j) mod N]</c>, low- and high-pass at once, terms added in
/// increasing j. Along y and z whole rows or planes are combined, so memory is read contiguously.
/// </summary>
internal static class PeriodicConvolution
{
    public static void Apply<T>(T[] source, T[] low, T[] high, Size3 size, int axis, T[] lo, T[] hi)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var n = size[axis];
        var taps = lo.Length;
        // sourceIndex[o * taps + j] = (o + F/2 − j) mod N, the same for every line of the axis.
        var sourceIndex = new int[n * taps];
        for (var o = 0; o < n; o++)
        {
            for (var j = 0; j < taps; j++)
            {
                sourceIndex[o * taps + j] = (int)(((o + taps / 2 - j) % (long)n + n) % n);
            }
        }

        var nx = size.X;
        var ny = size.Y;
        switch (axis)
        {
            case 0:
                Parallel.For(0, size.Y * size.Z, row =>
                {
                    var input = source.AsSpan(row * nx, nx);
                    var outLow = low.AsSpan(row * nx, nx);
                    var outHigh = high.AsSpan(row * nx, nx);
                    for (var o = 0; o < nx; o++)
                    {
                        var sumLow = T.Zero;
                        var sumHigh = T.Zero;
                        for (var j = 0; j < taps; j++)
                        {
                            var value = input[sourceIndex[o * taps + j]];
                            sumLow += lo[j] * value;
                            sumHigh += hi[j] * value;
                        }

                        outLow[o] = sumLow;
                        outHigh[o] = sumHigh;
                    }
                });
                break;
            case 1:
                Parallel.For(0, size.Z, z =>
                {
                    for (var o = 0; o < ny; o++)
                    {
                        var start = nx * (o + ny * z);
                        Combine(source, nx * ny * z, nx, sourceIndex.AsSpan(o * taps, taps), lo, hi,
                            low.AsSpan(start, nx), high.AsSpan(start, nx));
                    }
                });
                break;
            default:
                var plane = nx * ny;
                Parallel.For(0, size.Z, o =>
                {
                    Combine(source, 0, plane, sourceIndex.AsSpan(o * taps, taps), lo, hi,
                        low.AsSpan(o * plane, plane), high.AsSpan(o * plane, plane));
                });
                break;
        }
    }

    /// <summary>outLow = Σ_j lo[j]·chunk(index[j]), outHigh likewise, where chunk k starts at offset + k·length.</summary>
    private static void Combine<T>(T[] source, int offset, int length, ReadOnlySpan<int> index, T[] lo, T[] hi,
        Span<T> outLow, Span<T> outHigh)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        outLow.Clear();
        outHigh.Clear();
        for (var j = 0; j < index.Length; j++)
        {
            var chunk = source.AsSpan(offset + index[j] * length, length);
            MultiplyAdd(lo[j], chunk, outLow);
            MultiplyAdd(hi[j], chunk, outHigh);
        }
    }

    private static void MultiplyAdd<T>(T factor, ReadOnlySpan<T> x, Span<T> sum)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated && x.Length >= Vector<T>.Count)
        {
            var f = new Vector<T>(factor);
            for (; i <= x.Length - Vector<T>.Count; i += Vector<T>.Count)
            {
                (new Vector<T>(sum[i..]) + f * new Vector<T>(x[i..])).CopyTo(sum[i..]);
            }
        }

        for (; i < x.Length; i++)
        {
            sum[i] += factor * x[i];
        }
    }
}
