using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Features;

namespace SlicerBridge.Radiomics.Discretization;

/// <summary>
/// PyRadiomics' <c>getBinEdges</c>/<c>binImage</c>, reproduced to the last bit: the edges are built
/// the way numpy's <c>arange</c> and <c>histogram</c> build them, and voxels are assigned with
/// <c>digitize</c> semantics (half-open bins, first bin 1).
/// </summary>
public static class GrayLevelDiscretizer
{
    public static DiscretizedImage Discretize(FeatureInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = input.Settings;
        var values = input.RoiValues;
        if (values.Length == 0)
        {
            throw new ArgumentException("the ROI is empty", nameof(input));
        }

        var edges = settings.BinCount is { } count
            ? FixedCountEdges(values, count)
            : FixedWidthEdges(values, settings.BinWidth);

        var levels = new int[input.Image.Length];
        var maxLevel = 0;
        var image = input.Image;
        var mask = input.Mask;
        for (var i = 0; i < levels.Length; i++)
        {
            if (mask[i] != 0)
            {
                var level = Digitize(image[i], edges);
                levels[i] = level;
                maxLevel = Math.Max(maxLevel, level);
            }
        }

        return new DiscretizedImage(levels, maxLevel, edges);
    }

    /// <summary>Edges for a fixed bin width: <c>arange(min - min % w, max + 2w, w)</c>.</summary>
    public static double[] FixedWidthEdges(ReadOnlySpan<double> values, double binWidth)
    {
        if (!(binWidth > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(binWidth), "binWidth must be positive");
        }

        var (min, max) = MinMax(values);
        var low = min - PythonMod(min, binWidth);
        var edges = NumpyArange(low, max + 2 * binWidth, binWidth);
        return edges.Length == 1 ? [edges[0] - 0.5, edges[0] + 0.5] : edges;
    }

    /// <summary>Edges for a fixed bin count: <c>histogram(values, n)</c> edges with the last raised by 1.</summary>
    public static double[] FixedCountEdges(ReadOnlySpan<double> values, int binCount)
    {
        if (binCount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(binCount), "binCount must be positive");
        }

        var (first, last) = MinMax(values);
        if (first == last)
        {
            first -= 0.5;
            last += 0.5;
        }

        // numpy.linspace(first, last, n + 1): i * step + start, with the end point set exactly.
        var edges = new double[binCount + 1];
        var step = (last - first) / binCount;
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = i * step + first;
        }

        edges[^1] = last + 1;
        return edges;
    }

    /// <summary><c>numpy.digitize(x, edges)</c> for ascending edges: the i with edges[i-1] ≤ x &lt; edges[i].</summary>
    public static int Digitize(double x, ReadOnlySpan<double> edges)
    {
        int lo = 0, hi = edges.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (edges[mid] <= x)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Python's float modulo: the result takes the divisor's sign.</summary>
    public static double PythonMod(double a, double b)
    {
        var mod = a % b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0))
            {
                mod += b;
            }
        }
        else
        {
            mod = Math.CopySign(0.0, b);
        }

        return mod;
    }

    /// <summary>numpy's <c>arange</c> for doubles: length ceil((stop-start)/step), then start + i*((start+step)-start).</summary>
    public static double[] NumpyArange(double start, double stop, double step)
    {
        var length = (long)Math.Ceiling((stop - start) / step);
        if (length <= 0)
        {
            return [];
        }

        if (length > 1_000_000)
        {
            throw new InvalidInputException(
                $"binning would create {length} bins; choose a larger binWidth or use binCount", "binWidth");
        }

        var edges = new double[length];
        edges[0] = start;
        if (length > 1)
        {
            edges[1] = start + step;
            var delta = edges[1] - start;
            for (var i = 2; i < length; i++)
            {
                edges[i] = start + i * delta;
            }
        }

        return edges;
    }

    private static (double Min, double Max) MinMax(ReadOnlySpan<double> values)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return (min, max);
    }
}
