namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>Sums over a marginal distribution (counts per grey level, run length, zone size, ...) shared by the texture classes.</summary>
internal static class MarginalSums
{
    /// <summary>Σ c².</summary>
    public static double SumOfSquares(ReadOnlySpan<double> counts)
    {
        var sum = 0.0;
        foreach (var c in counts)
        {
            sum += c * c;
        }

        return sum;
    }

    /// <summary>Σ c(k) f(v(k)).</summary>
    public static double Weighted(ReadOnlySpan<double> counts, ReadOnlySpan<double> values, Func<double, double> f)
    {
        var sum = 0.0;
        for (var k = 0; k < counts.Length; k++)
        {
            sum += counts[k] * f(values[k]);
        }

        return sum;
    }

    /// <summary>
    /// The variance of v under p(k) = c(k) / total, computed as PyRadiomics does: μ = Σ p v, then Σ p (v - μ)².
    /// </summary>
    public static double Variance(ReadOnlySpan<double> counts, ReadOnlySpan<double> values, double total)
    {
        var mean = 0.0;
        for (var k = 0; k < counts.Length; k++)
        {
            mean += counts[k] / total * values[k];
        }

        var sum = 0.0;
        for (var k = 0; k < counts.Length; k++)
        {
            var d = values[k] - mean;
            sum += counts[k] / total * (d * d);
        }

        return sum;
    }

    /// <summary>-Σ p log2(p + ε) with p = c / total.</summary>
    public static double Entropy(ReadOnlySpan<double> counts, double total)
    {
        var sum = 0.0;
        foreach (var c in counts)
        {
            var p = c / total;
            sum += p * Math.Log2(p + GlcmState.Eps);
        }

        return -sum;
    }
}
