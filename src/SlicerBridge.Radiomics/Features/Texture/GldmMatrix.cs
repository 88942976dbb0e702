using SlicerBridge.Imaging;

namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// PyRadiomics' GLDM: for every ROI voxel, the number of neighbours (both directions of every angle at
/// the requested distances) inside the ROI whose grey level differs by at most <c>gldm_a</c>; the matrix
/// counts voxels by grey level and dependence size (that number plus one).
/// </summary>
internal static class GldmMatrix
{
    public static GrayLevelSizeMatrix Compute(FeatureInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Settings.GldmA < 0)
        {
            throw new InvalidInputException($"gldm_a must not be negative, not {input.Settings.GldmA}", "gldm_a");
        }

        var angles = AngleOffsets.For(input, input.Settings.Distances, bidirectional: true);
        var volume = TextureVolume.Create(input, TextureVolume.PaddingFor(angles));
        var steps = volume.Steps(angles);
        var codes = volume.Codes;
        var levels = volume.GrayLevels;
        var maxSize = angles.Length + 1;
        TextureVolume.EnsureMatrixFits("GLDM", (long)volume.LevelCount * maxSize, volume.LevelCount);
        var full = new double[volume.LevelCount * maxSize];

        // Grey levels ascend with their codes, so the codes within gldm_a of a code form a range
        // [low, high] (never including 0, "outside"); one unsigned compare tests membership.
        var (low, high) = DependentRanges(levels, input.Settings.GldmA);
        foreach (var p in volume.Roi)
        {
            var code = codes[p];
            var first = low[code];
            var width = (uint)(high[code] - first);
            var dependent = 0;
            foreach (var step in steps)
            {
                dependent += (uint)(codes[p + step] - first) <= width ? 1 : 0;
            }

            full[(code - 1) * maxSize + dependent]++;
        }

        return GrayLevelSizeMatrix.FromAllSizes(full, levels, maxSize, input.VoxelCount);
    }

    private static (int[] Low, int[] High) DependentRanges(double[] levels, int alpha)
    {
        var low = new int[levels.Length + 1];
        var high = new int[levels.Length + 1];
        for (var c = 1; c <= levels.Length; c++)
        {
            low[c] = c;
            high[c] = c;
            while (low[c] > 1 && levels[c - 1] - levels[low[c] - 2] <= alpha)
            {
                low[c]--;
            }

            while (high[c] < levels.Length && levels[high[c]] - levels[c - 1] <= alpha)
            {
                high[c]++;
            }
        }

        return (low, high);
    }
}
