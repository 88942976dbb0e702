using System.Numerics;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// ITK's BSplineDecompositionImageFilter for a cubic spline: per axis (x, y, z) the gain, the causal
/// and anti-causal recursions with pole √3 − 2, the mirror initial value (1e-10 horizon) and ITK's
/// anti-causal start value, each SIMD lane being one line.
/// </summary>
internal sealed class BSplineDecomposition : ILineFilter
{
    private const double Tolerance = 1e-10;

    private static readonly double Pole = Math.Sqrt(3.0) - 2.0;

    private static readonly long Horizon = (long)Math.Ceiling(Math.Log(Tolerance) / Math.Log(Math.Abs(Pole)));

    private static readonly BSplineDecomposition Instance = new();

    public static VoxelBlock Coefficients(VoxelBlock data)
    {
        var box = data.Box;
        var coefficients = (double[])data.Values.Clone();
        for (var axis = 0; axis < 3; axis++)
        {
            // ITK leaves an axis of one voxel as it is (its mirror rule has nothing to reflect).
            if (box.Size[axis] > 1)
            {
                AxisLines.Filter(coefficients, coefficients, box.Size, axis, Instance);
            }
        }

        return new VoxelBlock(coefficients, box, data.ImageSize);
    }

    public void Apply(Span<Vector<double>> lines, int length, int width, Span<Vector<double>> scratch)
    {
        var z = Pole;
        var c0 = 1.0;
        c0 = c0 * (1.0 - z) * (1.0 - 1.0 / z);
        var gain = new Vector<double>(c0);
        for (var i = 0; i < length * width; i++)
        {
            lines[i] *= gain;
        }

        for (var c = 0; c < width; c++)
        {
            lines[c] = InitialCausal(lines, length, width, c, z);
        }

        var pole = new Vector<double>(z);
        for (var n = 1; n < length; n++)
        {
            for (var c = 0; c < width; c++)
            {
                lines[n * width + c] += pole * lines[(n - 1) * width + c];
            }
        }

        var last = (length - 1) * width;
        var factor = new Vector<double>(z / (z * z - 1.0));
        for (var c = 0; c < width; c++)
        {
            lines[last + c] = factor * (pole * lines[last - width + c] + lines[last + c]);
        }

        for (var n = length - 2; n >= 0; n--)
        {
            for (var c = 0; c < width; c++)
            {
                lines[n * width + c] = pole * (lines[(n + 1) * width + c] - lines[n * width + c]);
            }
        }
    }

    private static Vector<double> InitialCausal(Span<Vector<double>> s, int length, int width, int c, double z)
    {
        var zn = z;
        if (Horizon < length)
        {
            var sum = s[c];
            for (var n = 1; n < Horizon; n++)
            {
                sum += new Vector<double>(zn) * s[n * width + c];
                zn *= z;
            }

            return sum;
        }

        var iz = 1.0 / z;
        var z2n = Math.Pow(z, length - 1L);
        var total = s[c] + new Vector<double>(z2n) * s[(length - 1) * width + c];
        z2n *= z2n * iz;
        for (var n = 1; n <= length - 2; n++)
        {
            total += new Vector<double>(zn + z2n) * s[n * width + c];
            zn *= z;
            z2n *= iz;
        }

        return total / new Vector<double>(1.0 - zn * zn);
    }
}
