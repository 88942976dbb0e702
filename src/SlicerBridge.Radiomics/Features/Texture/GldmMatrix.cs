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
        var angles = AngleOffsets.For(input, input.Settings.Distances, bidirectional: true);
        var volume = TextureVolume.Create(input, TextureVolume.PaddingFor(angles));
        var steps = volume.Steps(angles);
        var codes = volume.Codes;
        var levels = volume.GrayLevels;
        double alpha = input.Settings.GldmA;
        var maxSize = angles.Length + 1;
        var full = new double[volume.LevelCount * maxSize];
        foreach (var p in volume.Roi)
        {
            var code = codes[p];
            var level = levels[code - 1];
            var dependent = 0;
            foreach (var step in steps)
            {
                var neighbour = codes[p + step];
                if (neighbour != 0 && Math.Abs(level - levels[neighbour - 1]) <= alpha)
                {
                    dependent++;
                }
            }

            full[(code - 1) * maxSize + dependent]++;
        }

        return new GrayLevelSizeMatrix(full, levels, maxSize, input.VoxelCount);
    }
}
