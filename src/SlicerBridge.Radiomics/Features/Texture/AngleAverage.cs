namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>How PyRadiomics reduces per-angle feature values to one number.</summary>
internal static class AngleAverage
{
    /// <summary><c>numpy.nanmean</c>: the mean of the non-NaN values, NaN when there are none.</summary>
    public static double NanMean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        var count = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }

    /// <summary>Evaluates <paramref name="perAngle"/> for angles 0..<paramref name="angleCount"/>-1 and takes the nanmean.</summary>
    public static double NanMeanOver<TState>(TState state, int angleCount, Func<TState, int, double> perAngle)
    {
        Span<double> values = angleCount <= 64 ? stackalloc double[angleCount] : new double[angleCount];
        for (var a = 0; a < angleCount; a++)
        {
            values[a] = perAngle(state, a);
        }

        return NanMean(values);
    }

    /// <summary><c>numpy.mean</c>: NaN as soon as one value is NaN.</summary>
    public static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }
}
