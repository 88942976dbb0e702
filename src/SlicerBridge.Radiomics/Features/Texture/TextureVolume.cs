using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// The discretised crop in the form the texture matrices walk it: a copy padded on every side by
/// <see cref="Padding"/> voxels, holding for each voxel 0 (outside the ROI or the crop) or the index+1 of
/// its grey level among the levels present in the ROI. The padding lets a neighbour at any generated
/// offset be read without bounds checks, and reads as "not in the mask", exactly as PyRadiomics treats
/// neighbours outside the crop. Absent grey levels never get an index, which is PyRadiomics' deletion
/// of their rows and columns, done before counting instead of after.
/// </summary>
internal sealed class TextureVolume
{
    private TextureVolume(Size3 crop, int padding, int[] codes, int[] roi, double[] grayLevels, int maxLevel)
    {
        Crop = crop;
        Padding = padding;
        Codes = codes;
        Roi = roi;
        GrayLevels = grayLevels;
        MaxLevel = maxLevel;
        StrideY = crop.X + 2 * padding;
        StrideZ = StrideY * (crop.Y + 2 * padding);
    }

    /// <summary>Size of the unpadded crop.</summary>
    public Size3 Crop { get; }

    public int Padding { get; }

    public int StrideY { get; }

    public int StrideZ { get; }

    /// <summary>Per padded voxel: 0 outside the ROI, otherwise 1 + index into <see cref="GrayLevels"/>.</summary>
    public int[] Codes { get; }

    /// <summary>Padded indices of the ROI voxels in PyRadiomics' scan order (z, then y, then x).</summary>
    public int[] Roi { get; }

    /// <summary>The grey levels present in the ROI, ascending (PyRadiomics' <c>grayLevels</c>).</summary>
    public double[] GrayLevels { get; }

    /// <summary>Ng: the largest grey level in the ROI.</summary>
    public int MaxLevel { get; }

    public int LevelCount => GrayLevels.Length;

    public static TextureVolume Create(FeatureInput input, int padding)
    {
        ArgumentNullException.ThrowIfNull(input);
        var discretized = input.Levels;
        var levels = discretized.Levels;
        var present = discretized.PresentLevels();
        var codeOfLevel = new int[discretized.MaxLevel + 1];
        var grayLevels = new double[present.Length];
        for (var k = 0; k < present.Length; k++)
        {
            codeOfLevel[present[k]] = k + 1;
            grayLevels[k] = present[k];
        }

        var crop = input.Size;
        var strideY = checked(crop.X + 2 * padding);
        var strideZ = checked(strideY * (crop.Y + 2 * padding));
        var codes = new int[checked(strideZ * (crop.Z + 2 * padding))];
        var roi = new int[input.VoxelCount];
        var n = 0;
        var source = 0;
        for (var z = 0; z < crop.Z; z++)
        {
            for (var y = 0; y < crop.Y; y++)
            {
                var row = (z + padding) * strideZ + (y + padding) * strideY + padding;
                for (var x = 0; x < crop.X; x++, source++)
                {
                    var level = levels[source];
                    if (level != 0)
                    {
                        codes[row + x] = codeOfLevel[level];
                        roi[n++] = row + x;
                    }
                }
            }
        }

        return new TextureVolume(crop, padding, codes, roi, grayLevels, discretized.MaxLevel);
    }

    /// <summary>The largest texture matrix allowed, in elements (256 MB of doubles).</summary>
    public const long MaxMatrixElements = 32L << 20;

    /// <summary>
    /// Refuses a matrix too large to allocate, before allocating it: its size grows with the grey levels,
    /// which a small bin width on a wide intensity range makes many.
    /// </summary>
    public static void EnsureMatrixFits(string matrix, long elements, int levelCount)
    {
        if (elements > MaxMatrixElements)
        {
            throw new InvalidInputException(
                $"the {matrix} would need {elements} elements for {levelCount} grey levels; "
                + "use a larger binWidth or a binCount", "binWidth");
        }
    }

    /// <summary>The padding needed for <paramref name="angles"/>: their largest component.</summary>
    public static int PaddingFor(ReadOnlySpan<AngleOffset> angles)
    {
        var padding = 0;
        foreach (var a in angles)
        {
            padding = Math.Max(padding, a.Chebyshev);
        }

        return padding;
    }

    /// <summary>Index step in the padded buffer for each offset.</summary>
    public int[] Steps(ReadOnlySpan<AngleOffset> angles)
    {
        var steps = new int[angles.Length];
        for (var a = 0; a < angles.Length; a++)
        {
            steps[a] = angles[a].Dx + angles[a].Dy * StrideY + angles[a].Dz * StrideZ;
        }

        return steps;
    }
}
