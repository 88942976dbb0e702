namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// PyRadiomics' NGTDM, one row per grey level present in the ROI: n_i (voxel count), s_i (sum of
/// |i - Ā| over those voxels, Ā the mean grey level of the voxel's neighbours in the ROI) and i.
/// </summary>
/// <remarks>
/// As in PyRadiomics, a voxel without any neighbour in the ROI adds 0 to s_i but is still counted in
/// n_i, so N_vp equals the ROI voxel count (IBSI leaves such voxels out).
/// </remarks>
public sealed class NgtdmMatrix
{
    private NgtdmMatrix(double[] counts, double[] differences, double[] grayLevels)
    {
        Counts = counts;
        Differences = differences;
        GrayLevels = grayLevels;
        var total = 0.0;
        foreach (var n in counts)
        {
            total += n;
        }

        ValidVoxelCount = total;
        Probabilities = new double[counts.Length];
        for (var k = 0; k < counts.Length; k++)
        {
            Probabilities[k] = counts[k] / total;
        }
    }

    /// <summary>n_i.</summary>
    public double[] Counts { get; }

    /// <summary>s_i.</summary>
    public double[] Differences { get; }

    /// <summary>i: the present grey levels.</summary>
    public double[] GrayLevels { get; }

    /// <summary>p_i = n_i / N_vp.</summary>
    public double[] Probabilities { get; }

    /// <summary>N_vp = Σ n_i.</summary>
    public double ValidVoxelCount { get; }

    /// <summary>N_g,p: the number of grey levels with p_i &gt; 0 (all rows, as absent levels are not kept).</summary>
    public int LevelCount => GrayLevels.Length;

    internal static NgtdmMatrix Compute(FeatureInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var angles = AngleOffsets.For(input, input.Settings.Distances, bidirectional: true);
        var volume = TextureVolume.Create(input, TextureVolume.PaddingFor(angles));
        var steps = volume.Steps(angles);
        var codes = volume.Codes;
        var levels = volume.GrayLevels;
        var counts = new double[volume.LevelCount];
        var differences = new double[volume.LevelCount];
        foreach (var p in volume.Roi)
        {
            var code = codes[p];
            var count = 0.0;
            var sum = 0.0;
            foreach (var step in steps)
            {
                var neighbour = codes[p + step];
                if (neighbour != 0)
                {
                    count++;
                    sum += levels[neighbour - 1];
                }
            }

            counts[code - 1]++;
            differences[code - 1] += count == 0 ? 0 : Math.Abs(levels[code - 1] - sum / count);
        }

        return new NgtdmMatrix(counts, differences, levels);
    }
}
