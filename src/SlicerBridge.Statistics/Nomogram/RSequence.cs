namespace SlicerBridge.Statistics.Nomogram;

/// <summary>R's <c>seq(from, to, length.out = n)</c>: exact end points, interior values from + i * (to - from) / (n - 1).</summary>
internal static class RSequence
{
    public static double[] Between(double from, double to, int count)
    {
        var values = new double[count];
        var step = (to - from) / (count - 1);
        for (var i = 0; i < count; i++)
        {
            values[i] = from + i * step;
        }

        values[0] = from;
        values[count - 1] = to;
        return values;
    }
}
