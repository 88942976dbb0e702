namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// PyRadiomics' GLSZM: the number of zones (connected ROI voxels of one grey level) by grey level and
/// zone size. Connectivity is the distance-1 neighbourhood (26 in 3-D, 8 in the force2D plane), whatever
/// <c>distances</c> says, as PyRadiomics builds it.
/// </summary>
internal static class GlszmMatrix
{
    public static GrayLevelSizeMatrix Compute(FeatureInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var angles = AngleOffsets.For(input, [1], bidirectional: true);
        var volume = TextureVolume.Create(input, padding: 1);
        var steps = volume.Steps(angles);

        // Zones are grown with an explicit stack; a voxel's code is cleared when it is pushed, so each
        // voxel is pushed once and the number of pops is the zone size.
        var unvisited = (int[])volume.Codes.Clone();
        var stack = new int[volume.Roi.Length];
        var zoneCodes = new int[volume.Roi.Length];
        var zoneSizes = new int[volume.Roi.Length];
        var zones = 0;
        var maxSize = 0;
        foreach (var seed in volume.Roi)
        {
            var code = unvisited[seed];
            if (code == 0)
            {
                continue;
            }

            unvisited[seed] = 0;
            stack[0] = seed;
            var top = 1;
            var size = 0;
            while (top > 0)
            {
                var p = stack[--top];
                size++;
                foreach (var step in steps)
                {
                    var q = p + step;
                    if (unvisited[q] == code)
                    {
                        unvisited[q] = 0;
                        stack[top++] = q;
                    }
                }
            }

            zoneCodes[zones] = code;
            zoneSizes[zones++] = size;
            maxSize = Math.Max(maxSize, size);
        }

        // Columns for the zone sizes that occur only: a ROI with one large zone would otherwise need a
        // grey levels × largest zone matrix.
        var column = new int[maxSize + 1];
        for (var z = 0; z < zones; z++)
        {
            column[zoneSizes[z]] = 1;
        }

        var sizes = new List<double>();
        for (var size = 1; size <= maxSize; size++)
        {
            if (column[size] != 0)
            {
                column[size] = sizes.Count;
                sizes.Add(size);
            }
        }

        TextureVolume.EnsureMatrixFits("GLSZM", (long)volume.LevelCount * sizes.Count, volume.LevelCount);
        var counts = new double[volume.LevelCount * sizes.Count];
        for (var z = 0; z < zones; z++)
        {
            counts[(zoneCodes[z] - 1) * sizes.Count + column[zoneSizes[z]]]++;
        }

        return new GrayLevelSizeMatrix(counts, volume.GrayLevels, sizes.ToArray(), input.VoxelCount);
    }
}
