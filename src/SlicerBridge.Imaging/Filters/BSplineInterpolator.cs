namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// ITK's BSplineInterpolateImageFunction of order 3 (SimpleITK's <c>sitkBSpline</c>, double
/// coefficients): cubic B-spline weights on the 4x4x4 support, mirror boundary conditions, and the 64
/// terms summed with x fastest, in ITK's order.
/// </summary>
internal sealed class BSplineInterpolator : IVoxelInterpolator
{
    private readonly VoxelBlock _coefficients;

    public BSplineInterpolator(VoxelBlock block)
    {
        _coefficients = BSplineDecomposition.Coefficients(block);
    }

    public double Evaluate(double x, double y, double z)
    {
        Span<double> weights = stackalloc double[12];
        Span<long> indices = stackalloc long[12];
        var size = _coefficients.ImageSize;
        Support(x, size.X, weights[..4], indices[..4]);
        Support(y, size.Y, weights.Slice(4, 4), indices.Slice(4, 4));
        Support(z, size.Z, weights.Slice(8, 4), indices.Slice(8, 4));

        // ITK multiplies w = ((1 · wx) · wy) · wz per term; wx · wy is shared by the four z terms.
        Span<double> weightsXy = stackalloc double[16];
        for (var j = 0; j < 4; j++)
        {
            for (var i = 0; i < 4; i++)
            {
                weightsXy[j * 4 + i] = weights[i] * weights[4 + j];
            }
        }

        var block = _coefficients.Box;
        var values = _coefficients.Values;
        var interpolated = 0.0;
        for (var k = 0; k < 4; k++)
        {
            var weightZ = weights[8 + k];
            var zOffset = (indices[8 + k] - block.Z) * block.SizeY;
            for (var j = 0; j < 4; j++)
            {
                var rowOffset = (zOffset + indices[4 + j] - block.Y) * block.SizeX - block.X;
                for (var i = 0; i < 4; i++)
                {
                    interpolated += weightsXy[j * 4 + i] * weightZ * values[rowOffset + indices[i]];
                }
            }
        }

        return interpolated;
    }

    private static void Support(double x, int length, Span<double> weights, Span<long> indices)
    {
        // ITK finds the support from the index rounded to float (DetermineRegionOfSupport).
        var first = (long)MathF.Floor((float)x) - 1;
        var w = x - (first + 1);
        weights[3] = (1.0 / 6.0) * w * w * w;
        weights[0] = (1.0 / 6.0) + 0.5 * w * (w - 1.0) - weights[3];
        weights[2] = w + weights[0] - 2.0 * weights[3];
        weights[1] = 1.0 - weights[0] - weights[2] - weights[3];

        var last = length - 1L;
        for (var k = 0; k < 4; k++)
        {
            var index = first + k;
            if (length == 1)
            {
                index = 0;
            }
            else
            {
                if (index < 0)
                {
                    index = -index;
                }

                if (index >= last)
                {
                    index = last - (index - last);
                }

                // ITK reads outside its buffer when a line is shorter than the support reflects; clamp instead.
                index = Math.Clamp(index, 0, last);
            }

            indices[k] = index;
        }
    }
}
