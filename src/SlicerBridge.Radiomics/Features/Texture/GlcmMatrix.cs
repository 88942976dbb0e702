using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// PyRadiomics' GLCM after <c>_calculateMatrix</c>: one normalised co-occurrence matrix per kept angle
/// (or a single weighted sum), rows and columns restricted to the grey levels present in the ROI.
/// </summary>
public sealed class GlcmMatrix
{
    private GlcmMatrix(double[] probabilities, int angleCount, double[] grayLevels, int maxLevel)
    {
        Probabilities = probabilities;
        AngleCount = angleCount;
        GrayLevels = grayLevels;
        MaxLevel = maxLevel;
    }

    /// <summary>p(i, j) per angle: angle-major blocks of <c>LevelCount²</c>, row i = centre voxel's level.</summary>
    public double[] Probabilities { get; }

    public int AngleCount { get; }

    /// <summary>The present grey levels: the i and j values of the rows and columns.</summary>
    public double[] GrayLevels { get; }

    /// <summary>Ng, which Idmn and Idn normalise by and which sets the k ranges of p(x+y) and p(x-y).</summary>
    public int MaxLevel { get; }

    public int LevelCount => GrayLevels.Length;

    public ReadOnlySpan<double> Angle(int a) =>
        Probabilities.AsSpan(a * LevelCount * LevelCount, LevelCount * LevelCount);

    internal static GlcmMatrix Compute(FeatureInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = input.Settings;
        var angles = AngleOffsets.For(input, settings.Distances, bidirectional: false);
        var volume = TextureVolume.Create(input, TextureVolume.PaddingFor(angles));
        var g = volume.LevelCount;
        TextureVolume.EnsureMatrixFits("GLCM", (long)angles.Length * g * g, g);
        var block = g * g;
        var counts = Count(volume, angles);

        if (settings.SymmetricalGlcm)
        {
            for (var a = 0; a < angles.Length; a++)
            {
                var m = counts.AsSpan(a * block, block);
                for (var i = 0; i < g; i++)
                {
                    for (var j = i; j < g; j++)
                    {
                        var sum = m[i * g + j] + m[j * g + i];
                        m[i * g + j] = sum;
                        m[j * g + i] = sum;
                    }
                }
            }
        }

        var angleCount = angles.Length;
        if (settings.WeightingNorm != WeightingNorm.None)
        {
            counts = AngleWeights.Merge(counts, block, angles, a => AngleWeights.Glcm(a, input.Spacing, settings.WeightingNorm));
            angleCount = 1;
        }

        return Normalise(counts, angleCount, volume);
    }

    private static double[] Count(TextureVolume volume, AngleOffset[] angles)
    {
        var g = volume.LevelCount;
        var block = g * g;
        var counts = new double[angles.Length * block];
        var steps = volume.Steps(angles);
        var codes = volume.Codes;
        foreach (var p in volume.Roi)
        {
            var row = (codes[p] - 1) * g;
            for (var a = 0; a < steps.Length; a++)
            {
                var neighbour = codes[p + steps[a]];
                if (neighbour != 0)
                {
                    counts[a * block + row + neighbour - 1]++;
                }
            }
        }

        return counts;
    }

    // Empty angles are dropped when there is more than one; an angle still empty after that is NaN
    // throughout, as PyRadiomics divides by a NaN sum, so every feature of it is NaN.
    private static GlcmMatrix Normalise(double[] counts, int angleCount, TextureVolume volume)
    {
        var block = volume.LevelCount * volume.LevelCount;
        var sums = new double[angleCount];
        var kept = 0;
        for (var a = 0; a < angleCount; a++)
        {
            var sum = 0.0;
            foreach (var v in counts.AsSpan(a * block, block))
            {
                sum += v;
            }

            sums[a] = sum;
            if (sum != 0)
            {
                kept++;
            }
        }

        var keepEmpty = angleCount == 1;
        var result = new double[(keepEmpty ? 1 : kept) * block];
        var target = 0;
        for (var a = 0; a < angleCount; a++)
        {
            if (sums[a] == 0 && !keepEmpty)
            {
                continue;
            }

            var divisor = sums[a] == 0 ? double.NaN : sums[a];
            var source = counts.AsSpan(a * block, block);
            var destination = result.AsSpan(target * block, block);
            for (var k = 0; k < block; k++)
            {
                destination[k] = source[k] / divisor;
            }

            target++;
        }

        return new GlcmMatrix(result, target, volume.GrayLevels, volume.MaxLevel);
    }
}
