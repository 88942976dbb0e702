using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// PyRadiomics' GLRLM after <c>_calculateMatrix</c> and <c>_calculateCoefficients</c>: run counts per kept
/// angle (or one weighted sum), rows = present grey levels, columns = the run lengths that occur, plus the
/// per-angle marginals and run totals the features share.
/// </summary>
public sealed class GlrlmMatrix
{
    private GlrlmMatrix(double[] counts, int angleCount, double[] grayLevels, double[] runLengths)
    {
        Counts = counts;
        AngleCount = angleCount;
        GrayLevels = grayLevels;
        RunLengths = runLengths;
        var g = grayLevels.Length;
        var r = runLengths.Length;
        GrayLevelSums = new double[angleCount * g];
        RunLengthSums = new double[angleCount * r];
        RunCounts = new double[angleCount];
        for (var a = 0; a < angleCount; a++)
        {
            var total = 0.0;
            for (var i = 0; i < g; i++)
            {
                for (var j = 0; j < r; j++)
                {
                    var v = counts[(a * g + i) * r + j];
                    GrayLevelSums[a * g + i] += v;
                    RunLengthSums[a * r + j] += v;
                    total += v;
                }
            }

            RunCounts[a] = total == 0 ? double.NaN : total;
        }
    }

    /// <summary>P(i, j) per angle: angle-major blocks of LevelCount × RunLengthCount, row-major.</summary>
    public double[] Counts { get; }

    public int AngleCount { get; }

    /// <summary>The present grey levels (i).</summary>
    public double[] GrayLevels { get; }

    /// <summary>The run lengths that occur at least once (j), ascending.</summary>
    public double[] RunLengths { get; }

    /// <summary>p_g(i) = Σ_j P(i, j) per angle.</summary>
    public double[] GrayLevelSums { get; }

    /// <summary>p_r(j) = Σ_i P(i, j) per angle.</summary>
    public double[] RunLengthSums { get; }

    /// <summary>N_r(θ), the number of runs per angle; NaN for an angle without runs.</summary>
    public double[] RunCounts { get; }

    public int LevelCount => GrayLevels.Length;

    public int RunLengthCount => RunLengths.Length;

    public ReadOnlySpan<double> Angle(int a) =>
        Counts.AsSpan(a * LevelCount * RunLengthCount, LevelCount * RunLengthCount);

    public ReadOnlySpan<double> GrayLevelSumsOf(int a) => GrayLevelSums.AsSpan(a * LevelCount, LevelCount);

    public ReadOnlySpan<double> RunLengthSumsOf(int a) => RunLengthSums.AsSpan(a * RunLengthCount, RunLengthCount);

    internal static GlrlmMatrix Compute(FeatureInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = input.Settings;
        // PyRadiomics builds GLRLM angles for distance 1 only, whatever 'distances' says.
        var angles = AngleOffsets.For(input, [1], bidirectional: false);
        var volume = TextureVolume.Create(input, padding: 1);
        var crop = input.Size;
        var maxRun = Math.Max(crop.X, Math.Max(crop.Y, crop.Z));
        TextureVolume.EnsureMatrixFits("GLRLM", (long)angles.Length * volume.LevelCount * maxRun, volume.LevelCount);
        var block = volume.LevelCount * maxRun;
        var counts = new double[angles.Length * block];
        var steps = volume.Steps(angles);
        for (var a = 0; a < angles.Length; a++)
        {
            CountRuns(volume, angles[a], steps[a], counts.AsSpan(a * block, block), maxRun);
        }

        var angleCount = angles.Length;
        if (settings.WeightingNorm != WeightingNorm.None)
        {
            counts = AngleWeights.Merge(counts, block, angles, a => AngleWeights.Glrlm(a, input.Spacing, settings.WeightingNorm));
            angleCount = 1;
        }

        return Trim(counts, angleCount, volume.GrayLevels, maxRun);
    }

    // Runs along every line of the crop parallel to the angle: consecutive ROI voxels of one grey level;
    // a voxel outside the ROI ends a run. An angle along which no line holds two ROI voxels is zeroed,
    // as PyRadiomics does for a direction the ROI is flat in.
    private static void CountRuns(TextureVolume volume, AngleOffset angle, int step, Span<double> counts, int maxRun)
    {
        var crop = volume.Crop;
        var multiElement = false;

        // A line starts where stepping back along the angle leaves the crop. Rows (fixed y and z) that are
        // not start rows for z or y can only hold a start at the x end the angle enters from.
        var xEntry = angle.Dx > 0 ? 0 : crop.X - 1;
        for (var z = 0; z < crop.Z; z++)
        {
            var startZ = IsEntry(angle.Dz, z, crop.Z);
            for (var y = 0; y < crop.Y; y++)
            {
                var rowStarts = startZ || IsEntry(angle.Dy, y, crop.Y);
                if (!rowStarts && angle.Dx == 0)
                {
                    continue;
                }

                var from = rowStarts ? 0 : xEntry;
                var to = rowStarts ? crop.X - 1 : xEntry;
                var length = Math.Min(Remaining(angle.Dz, z, crop.Z), Remaining(angle.Dy, y, crop.Y));
                for (var x = from; x <= to; x++)
                {
                    var p = (z + 1) * volume.StrideZ + (y + 1) * volume.StrideY + x + 1;
                    var n = Math.Min(length, Remaining(angle.Dx, x, crop.X));
                    multiElement |= CountLine(volume.Codes, p, step, n, counts, maxRun) > 1;
                }
            }
        }

        if (!multiElement)
        {
            counts.Clear();
        }
    }

    // Adds the runs of the n voxels from p on; returns how many of them are in the ROI.
    private static int CountLine(int[] codes, int p, int step, int n, Span<double> counts, int maxRun)
    {
        var current = 0;
        var run = 0;
        var elements = 0;
        for (var k = 0; k < n; k++, p += step)
        {
            var code = codes[p];
            elements += code != 0 ? 1 : 0;
            if (code != current)
            {
                if (current != 0)
                {
                    counts[(current - 1) * maxRun + run - 1]++;
                }

                current = code;
                run = 0;
            }

            // Counts voxels outside the ROI too, harmlessly: such a "run" (current = 0) is never recorded.
            run++;
        }

        if (current != 0)
        {
            counts[(current - 1) * maxRun + run - 1]++;
        }

        return elements;
    }

    private static bool IsEntry(int d, int index, int size) => d > 0 ? index == 0 : d < 0 && index == size - 1;

    // Voxels from index to the crop's edge along d (unbounded for d = 0).
    private static int Remaining(int d, int index, int size) => d > 0 ? size - index : d < 0 ? index + 1 : int.MaxValue;

    // Drops empty angles (when there are several) and run lengths that never occur.
    private static GlrlmMatrix Trim(double[] counts, int angleCount, double[] grayLevels, int maxRun)
    {
        var g = grayLevels.Length;
        var block = g * maxRun;
        var keptAngles = new List<int>(angleCount);
        var lengthUsed = new bool[maxRun];
        for (var a = 0; a < angleCount; a++)
        {
            var total = 0.0;
            for (var k = 0; k < block; k++)
            {
                var v = counts[a * block + k];
                total += v;
                if (v != 0)
                {
                    lengthUsed[k % maxRun] = true;
                }
            }

            if (total != 0 || angleCount == 1)
            {
                keptAngles.Add(a);
            }
        }

        var runLengths = new List<double>();
        for (var j = 0; j < maxRun; j++)
        {
            if (lengthUsed[j])
            {
                runLengths.Add(j + 1);
            }
        }

        var r = runLengths.Count;
        var trimmed = new double[keptAngles.Count * g * r];
        var target = 0;
        foreach (var a in keptAngles)
        {
            for (var i = 0; i < g; i++)
            {
                foreach (var length in runLengths)
                {
                    trimmed[target++] = counts[a * block + i * maxRun + (int)length - 1];
                }
            }
        }

        return new GlrlmMatrix(trimmed, keptAngles.Count, grayLevels, runLengths.ToArray());
    }
}
