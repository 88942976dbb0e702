namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// PyRadiomics' <c>ngtdm</c> class: Busyness, Coarseness, Complexity, Contrast and Strength, in
/// PyRadiomics' output order (ordinal order of the names), with its values for a flat region.
/// </summary>
public sealed class NgtdmFeatures : FeatureFamily<NgtdmMatrix>
{
    private static readonly IReadOnlyList<Feature<NgtdmMatrix>> All =
    [
        new("Busyness", Busyness),
        new("Coarseness", Coarseness),
        new("Complexity", Complexity),
        new("Contrast", Contrast),
        new("Strength", Strength),
    ];

    public override string Name => "ngtdm";

    protected override IReadOnlyList<Feature<NgtdmMatrix>> Features => All;

    protected override NgtdmMatrix Prepare(FeatureInput input) => NgtdmMatrix.Compute(input);

    /// <summary>Σ p_i s_i / Σ_i Σ_j |i p_i - j p_j|, 0 when the divisor is 0 (one grey level).</summary>
    internal static double Busyness(NgtdmMatrix m)
    {
        var divisor = 0.0;
        for (var i = 0; i < m.LevelCount; i++)
        {
            for (var j = 0; j < m.LevelCount; j++)
            {
                divisor += Math.Abs(m.GrayLevels[i] * m.Probabilities[i] - m.GrayLevels[j] * m.Probabilities[j]);
            }
        }

        return divisor == 0 ? 0 : WeightedDifference(m) / divisor;
    }

    /// <summary>1 / Σ p_i s_i, or 10⁶ when that sum is 0 (a flat region).</summary>
    internal static double Coarseness(NgtdmMatrix m)
    {
        var sum = WeightedDifference(m);
        return sum == 0 ? 1e6 : 1 / sum;
    }

    /// <summary>Σ_i Σ_j |i - j| (p_i s_i + p_j s_j) / (p_i + p_j) / N_vp.</summary>
    internal static double Complexity(NgtdmMatrix m)
    {
        var p = m.Probabilities;
        var s = m.Differences;
        var sum = 0.0;
        for (var i = 0; i < m.LevelCount; i++)
        {
            for (var j = 0; j < m.LevelCount; j++)
            {
                sum += Math.Abs(m.GrayLevels[i] - m.GrayLevels[j]) * ((p[i] * s[i] + p[j] * s[j]) / (p[i] + p[j]));
            }
        }

        return sum / m.ValidVoxelCount;
    }

    /// <summary>[Σ_i Σ_j p_i p_j (i - j)² / (N_gp (N_gp - 1))] Σ s_i / N_vp, 0 when N_gp = 1.</summary>
    internal static double Contrast(NgtdmMatrix m)
    {
        var ngp = (double)m.LevelCount;
        var divisor = ngp * (ngp - 1);
        if (divisor == 0)
        {
            return 0;
        }

        var p = m.Probabilities;
        var spread = 0.0;
        for (var i = 0; i < m.LevelCount; i++)
        {
            for (var j = 0; j < m.LevelCount; j++)
            {
                var d = m.GrayLevels[i] - m.GrayLevels[j];
                spread += p[i] * p[j] * (d * d);
            }
        }

        return spread * Sum(m.Differences) / m.ValidVoxelCount / divisor;
    }

    /// <summary>Σ_i Σ_j (p_i + p_j)(i - j)² / Σ s_i, 0 when Σ s_i = 0.</summary>
    internal static double Strength(NgtdmMatrix m)
    {
        var total = Sum(m.Differences);
        if (total == 0)
        {
            return 0;
        }

        var p = m.Probabilities;
        var sum = 0.0;
        for (var i = 0; i < m.LevelCount; i++)
        {
            for (var j = 0; j < m.LevelCount; j++)
            {
                var d = m.GrayLevels[i] - m.GrayLevels[j];
                sum += (p[i] + p[j]) * (d * d);
            }
        }

        return sum / total;
    }

    private static double WeightedDifference(NgtdmMatrix m)
    {
        var sum = 0.0;
        for (var k = 0; k < m.LevelCount; k++)
        {
            sum += m.Probabilities[k] * m.Differences[k];
        }

        return sum;
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }
}
