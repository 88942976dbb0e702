namespace SlicerBridge.Radiomics.Discretization;

/// <summary>
/// Grey levels of the crop: 1..<see cref="MaxLevel"/> inside the ROI, 0 outside, x fastest.
/// </summary>
/// <param name="Levels">Grey level per voxel of the crop.</param>
/// <param name="MaxLevel">Ng as PyRadiomics defines it: the largest level in the ROI, not the number of distinct levels.</param>
/// <param name="BinEdges">The bin edges used, as PyRadiomics computes them.</param>
public sealed record DiscretizedImage(int[] Levels, int MaxLevel, double[] BinEdges)
{
    /// <summary>The levels that occur in the ROI, ascending.</summary>
    public int[] PresentLevels()
    {
        var present = new bool[MaxLevel + 1];
        foreach (var level in Levels)
        {
            present[level] = true;
        }

        var result = new List<int>();
        for (var level = 1; level <= MaxLevel; level++)
        {
            if (present[level])
            {
                result.Add(level);
            }
        }

        return result.ToArray();
    }
}
