using static SlicerBridge.Radiomics.Features.Texture.MarginalSums;

namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// A single (angle-free) matrix P(i, j) of counts by grey level i and a size j, as GLSZM (zone sizes) and
/// GLDM (dependence sizes) build it: rows are the grey levels present in the ROI, columns the sizes that
/// occur (PyRadiomics deletes empty size columns), with the marginals and the total N_z.
/// </summary>
public sealed class GrayLevelSizeMatrix
{
    /// <param name="counts">P(i, j), row-major, one column per entry of <paramref name="sizes"/>.</param>
    /// <param name="grayLevels">The present grey levels, one per row.</param>
    /// <param name="sizes">The sizes that occur, ascending.</param>
    /// <param name="voxelCount">N_p, the number of ROI voxels.</param>
    internal GrayLevelSizeMatrix(double[] counts, double[] grayLevels, double[] sizes, int voxelCount)
    {
        var g = grayLevels.Length;
        var columns = sizes.Length;
        Counts = counts;
        GrayLevels = grayLevels;
        Sizes = sizes;
        GrayLevelSums = new double[g];
        SizeSums = new double[columns];
        var total = 0.0;
        for (var i = 0; i < g; i++)
        {
            for (var c = 0; c < columns; c++)
            {
                var v = counts[i * columns + c];
                GrayLevelSums[i] += v;
                SizeSums[c] += v;
                total += v;
            }
        }

        Total = total == 0 ? 1 : total;
        VoxelCount = voxelCount;
    }

    /// <summary>
    /// From counts over every size 1..<paramref name="maxSize"/> (row-major), keeping only the sizes that
    /// occur, as PyRadiomics deletes empty size columns.
    /// </summary>
    internal static GrayLevelSizeMatrix FromAllSizes(ReadOnlySpan<double> full, double[] grayLevels, int maxSize, int voxelCount)
    {
        var g = grayLevels.Length;
        var used = new List<int>();
        for (var j = 0; j < maxSize; j++)
        {
            for (var i = 0; i < g; i++)
            {
                if (full[i * maxSize + j] != 0)
                {
                    used.Add(j);
                    break;
                }
            }
        }

        var counts = new double[g * used.Count];
        for (var i = 0; i < g; i++)
        {
            for (var c = 0; c < used.Count; c++)
            {
                counts[i * used.Count + c] = full[i * maxSize + used[c]];
            }
        }

        return new GrayLevelSizeMatrix(counts, grayLevels, used.Select(j => j + 1.0).ToArray(), voxelCount);
    }

    /// <summary>P(i, j), row-major, LevelCount × SizeCount.</summary>
    public double[] Counts { get; }

    /// <summary>The present grey levels (i).</summary>
    public double[] GrayLevels { get; }

    /// <summary>The sizes that occur (j), ascending.</summary>
    public double[] Sizes { get; }

    /// <summary>p_g(i) = Σ_j P(i, j).</summary>
    public double[] GrayLevelSums { get; }

    /// <summary>Σ_i P(i, j).</summary>
    public double[] SizeSums { get; }

    /// <summary>N_z = Σ P (1 when the matrix is empty, as PyRadiomics sets it).</summary>
    public double Total { get; }

    /// <summary>N_p, the number of ROI voxels.</summary>
    public int VoxelCount { get; }

    public int LevelCount => GrayLevels.Length;

    public int SizeCount => Sizes.Length;

    /// <summary>Σ_ij P(i, j) w(i, j) / N_z.</summary>
    internal double Emphasis(Func<double, double, double> weight)
    {
        var sum = 0.0;
        for (var i = 0; i < LevelCount; i++)
        {
            for (var j = 0; j < SizeCount; j++)
            {
                sum += Counts[i * SizeCount + j] * weight(GrayLevels[i], Sizes[j]);
            }
        }

        return sum / Total;
    }

    // The formulas GLSZM and GLDM share: PyRadiomics defines them once per class under each class's names
    // (zone or dependence for "size"); here each class's named feature calls the one formula.

    /// <summary>Σ_i p_g(i)² / N_z.</summary>
    internal double GrayLevelNonUniformity() => SumOfSquares(GrayLevelSums) / Total;

    /// <summary>Σ_i p_g(i)² / N_z².</summary>
    internal double GrayLevelNonUniformityNormalized() => SumOfSquares(GrayLevelSums) / (Total * Total);

    /// <summary>Variance of i under P / N_z.</summary>
    internal double GrayLevelVariance() => Variance(GrayLevelSums, GrayLevels, Total);

    /// <summary>Σ P i² / N_z.</summary>
    internal double HighGrayLevelEmphasis() => Weighted(GrayLevelSums, GrayLevels, static i => i * i) / Total;

    /// <summary>Σ P / i² / N_z.</summary>
    internal double LowGrayLevelEmphasis() => Weighted(GrayLevelSums, GrayLevels, static i => 1 / (i * i)) / Total;

    /// <summary>Σ P j² / N_z.</summary>
    internal double LargeSizeEmphasis() => Weighted(SizeSums, Sizes, static j => j * j) / Total;

    /// <summary>Σ P / j² / N_z.</summary>
    internal double SmallSizeEmphasis() => Weighted(SizeSums, Sizes, static j => 1 / (j * j)) / Total;

    /// <summary>Σ P i² j² / N_z.</summary>
    internal double LargeSizeHighGrayLevelEmphasis() => Emphasis(static (i, j) => i * i * (j * j));

    /// <summary>Σ P j² / i² / N_z.</summary>
    internal double LargeSizeLowGrayLevelEmphasis() => Emphasis(static (i, j) => j * j / (i * i));

    /// <summary>Σ P i² / j² / N_z.</summary>
    internal double SmallSizeHighGrayLevelEmphasis() => Emphasis(static (i, j) => i * i / (j * j));

    /// <summary>Σ P / (i² j²) / N_z.</summary>
    internal double SmallSizeLowGrayLevelEmphasis() => Emphasis(static (i, j) => 1 / (i * i * (j * j)));

    /// <summary>Σ_j p_s(j)² / N_z.</summary>
    internal double SizeNonUniformity() => SumOfSquares(SizeSums) / Total;

    /// <summary>Σ_j p_s(j)² / N_z².</summary>
    internal double SizeNonUniformityNormalized() => SumOfSquares(SizeSums) / (Total * Total);

    /// <summary>Variance of j under P / N_z.</summary>
    internal double SizeVariance() => Variance(SizeSums, Sizes, Total);

    /// <summary>-Σ p log2(p + ε), p = P / N_z.</summary>
    internal double SizeEntropy() => Entropy(Counts, Total);

    /// <summary>N_z / N_p.</summary>
    internal double SizePercentage() => Total / VoxelCount;
}
