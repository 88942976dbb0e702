namespace SlicerBridge.Radiomics.Features.FirstOrder;

/// <summary>What the first-order features share: the ROI values, sorted copy, moments and grey-level histogram.</summary>
public sealed class FirstOrderState
{
    internal FirstOrderState(FeatureInput input)
    {
        Values = input.RoiValues;
        if (Values.Length == 0)
        {
            throw new ArgumentException("the ROI is empty", nameof(input));
        }

        Sorted = (double[])Values.Clone();
        Array.Sort(Sorted);
        Shift = input.Settings.VoxelArrayShift;
        VoxelVolume = input.Spacing.X * input.Spacing.Y * input.Spacing.Z;

        double sum = 0;
        foreach (var v in Values)
        {
            sum += v;
        }

        Mean = sum / Values.Length;
        double m2 = 0, m3 = 0, m4 = 0;
        foreach (var v in Values)
        {
            var d = v - Mean;
            var d2 = d * d;
            m2 += d2;
            m3 += d2 * d;
            m4 += d2 * d2;
        }

        Moment2 = m2 / Values.Length;
        Moment3 = m3 / Values.Length;
        Moment4 = m4 / Values.Length;
        Probabilities = GreyLevelProbabilities(input);
    }

    /// <summary>ROI voxel values in index order.</summary>
    public double[] Values { get; }

    public double[] Sorted { get; }

    /// <summary>voxelArrayShift, added before squaring in Energy and RootMeanSquared.</summary>
    public double Shift { get; }

    public double VoxelVolume { get; }

    public double Mean { get; }

    /// <summary>Central moments about the mean, divided by N.</summary>
    public double Moment2 { get; }

    public double Moment3 { get; }

    public double Moment4 { get; }

    /// <summary>p_i of the discretised ROI, one entry per level 1..Ng (zero for absent levels).</summary>
    public double[] Probabilities { get; }

    /// <summary>numpy's default (linear, method 7) percentile of the ROI values.</summary>
    public double Percentile(double q)
    {
        var h = (Sorted.Length - 1) * q / 100.0;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, Sorted.Length - 1);
        var t = h - lower;
        var a = Sorted[lower];
        var b = Sorted[upper];

        // numpy's _lerp: interpolate from the nearer end to keep the result monotonic.
        return t >= 0.5 ? b - (b - a) * (1 - t) : a + (b - a) * t;
    }

    private static double[] GreyLevelProbabilities(FeatureInput input)
    {
        var levels = input.Levels;
        var counts = new double[levels.MaxLevel];
        var mask = input.Mask;
        for (var i = 0; i < mask.Length; i++)
        {
            if (mask[i] != 0)
            {
                counts[levels.Levels[i] - 1]++;
            }
        }

        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] /= input.VoxelCount;
        }

        return counts;
    }
}
