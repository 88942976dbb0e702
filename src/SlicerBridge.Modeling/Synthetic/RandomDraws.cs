namespace SlicerBridge.Modeling.Synthetic;

/// <summary>The distributions the generator draws from, on a caller-seeded <see cref="Random"/>.</summary>
internal static class RandomDraws
{
    /// <summary>A standard normal deviate (Box-Muller, one of the pair; bulk noise uses <see cref="AddGaussianNoise"/>).</summary>
    public static double Gaussian(this Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());

    public static double Normal(this Random random, double mean, double sd) => mean + sd * random.Gaussian();

    public static double Uniform(this Random random, double low, double high) => low + (high - low) * random.NextDouble();

    public static bool Bernoulli(this Random random, double p) => random.NextDouble() < p;

    public static double LogNormal(this Random random, double median, double sdLog) => median * Math.Exp(sdLog * random.Gaussian());

    /// <summary>A uniformly distributed unit vector.</summary>
    public static (double X, double Y, double Z) UnitVector(this Random random)
    {
        var z = random.Uniform(-1, 1);
        var phi = random.Uniform(0, 2 * Math.PI);
        var r = Math.Sqrt(1 - z * z);
        return (r * Math.Cos(phi), r * Math.Sin(phi), z);
    }

    /// <summary>Adds N(0, sd²) to every value, using both deviates of each Box-Muller pair.</summary>
    public static void AddGaussianNoise(this Random random, Span<float> values, double sd)
    {
        for (var i = 0; i < values.Length; i += 2)
        {
            var radius = sd * Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble()));
            var (sin, cos) = Math.SinCos(2.0 * Math.PI * random.NextDouble());
            values[i] += (float)(radius * cos);
            if (i + 1 < values.Length)
            {
                values[i + 1] += (float)(radius * sin);
            }
        }
    }
}
