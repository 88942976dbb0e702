namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// ITK's BSplineDecompositionImageFilter for a cubic spline: per axis (x, y, z) the causal and
/// anti-causal recursions with pole √3 − 2, mirror initial values, and the 1e-10 horizon.
/// </summary>
internal static class BSplineDecomposition
{
    private const double Tolerance = 1e-10;

    public static VoxelBlock Coefficients(VoxelBlock data)
    {
        var box = data.Box;
        var coefficients = (double[])data.Values.Clone();
        var pole = Math.Sqrt(3.0) - 2.0;
        var horizon = (long)Math.Ceiling(Math.Log(Tolerance) / Math.Log(Math.Abs(pole)));
        int[] sizes = [box.SizeX, box.SizeY, box.SizeZ];
        int[] strides = [1, box.SizeX, box.SizeX * box.SizeY];
        for (var axis = 0; axis < 3; axis++)
        {
            var length = sizes[axis];
            if (length == 1)
            {
                continue; // ITK leaves a one-voxel line as it is
            }

            var stride = strides[axis];
            var lines = coefficients.Length / length;
            var otherA = axis == 0 ? 1 : 0;
            var sizeA = sizes[otherA];
            var strideA = strides[otherA];
            var strideB = strides[axis == 2 ? 1 : 2];
            Parallel.For(0, lines, () => new double[length], (line, _, scratch) =>
            {
                var start = (line % sizeA) * strideA + (line / sizeA) * strideB;
                for (var n = 0; n < length; n++)
                {
                    scratch[n] = coefficients[start + n * stride];
                }

                Filter(scratch, pole, horizon);
                for (var n = 0; n < length; n++)
                {
                    coefficients[start + n * stride] = scratch[n];
                }

                return scratch;
            }, _ => { });
        }

        return new VoxelBlock(coefficients, box, data.ImageSize);
    }

    private static void Filter(Span<double> s, double z, long horizon)
    {
        var length = s.Length;
        var c0 = 1.0;
        c0 = c0 * (1.0 - z) * (1.0 - 1.0 / z);
        for (var n = 0; n < length; n++)
        {
            s[n] *= c0;
        }

        s[0] = InitialCausal(s, z, horizon);
        for (var n = 1; n < length; n++)
        {
            s[n] += z * s[n - 1];
        }

        s[length - 1] = (z / (z * z - 1.0)) * (z * s[length - 2] + s[length - 1]);
        for (var n = length - 2; n >= 0; n--)
        {
            s[n] = z * (s[n + 1] - s[n]);
        }
    }

    private static double InitialCausal(ReadOnlySpan<double> s, double z, long horizon)
    {
        var length = s.Length;
        var zn = z;
        if (horizon < length)
        {
            var sum = s[0];
            for (var n = 1; n < horizon; n++)
            {
                sum += zn * s[n];
                zn *= z;
            }

            return sum;
        }

        var iz = 1.0 / z;
        var z2n = Math.Pow(z, length - 1L);
        var total = s[0] + z2n * s[length - 1];
        z2n *= z2n * iz;
        for (var n = 1; n <= length - 2; n++)
        {
            total += (zn + z2n) * s[n];
            zn *= z;
            z2n *= iz;
        }

        return total / (1.0 - zn * zn);
    }
}
