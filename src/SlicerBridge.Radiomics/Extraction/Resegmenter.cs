using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>
/// PyRadiomics' <c>resegmentMask</c>: drops ROI voxels outside a grey-value range given in absolute
/// values, as a fraction of the ROI maximum, or in population SDs around the ROI mean. One value is
/// a lower bound only. Fewer than two voxels left is an error.
/// </summary>
internal static class Resegmenter
{
    /// <summary>Clears, in <paramref name="mask"/>, the voxels of <paramref name="image"/> outside the range.</summary>
    public static void Apply(ReadOnlySpan<double> image, Span<byte> mask, ExtractionSettings settings)
    {
        var range = settings.ResegmentRange!.Order().ToArray();
        var thresholds = settings.ResegmentMode switch
        {
            ResegmentMode.Absolute => range,
            ResegmentMode.Relative => Scale(range, RoiMaximum(image, mask)),
            ResegmentMode.Sigma => Sigma(range, image, mask),
            _ => throw new InvalidOperationException(),
        };

        var remaining = 0;
        for (var i = 0; i < mask.Length; i++)
        {
            if (mask[i] == 0)
            {
                continue;
            }

            var keep = image[i] >= thresholds[0] && (thresholds.Length == 1 || image[i] <= thresholds[1]);
            mask[i] = keep ? (byte)1 : (byte)0;
            remaining += keep ? 1 : 0;
        }

        if (remaining <= 1)
        {
            throw new InvalidInputException(
                $"resegmentation left {remaining} voxel(s) in the ROI; widen resegmentRange", "resegmentRange");
        }
    }

    private static double[] Scale(double[] range, double factor) => range.Select(r => factor * r).ToArray();

    private static double RoiMaximum(ReadOnlySpan<double> image, ReadOnlySpan<byte> mask)
    {
        var max = double.NegativeInfinity;
        for (var i = 0; i < mask.Length; i++)
        {
            if (mask[i] != 0)
            {
                max = Math.Max(max, image[i]);
            }
        }

        return max;
    }

    private static double[] Sigma(double[] range, ReadOnlySpan<double> image, ReadOnlySpan<byte> mask)
    {
        double sum = 0;
        var n = 0;
        for (var i = 0; i < mask.Length; i++)
        {
            if (mask[i] != 0)
            {
                sum += image[i];
                n++;
            }
        }

        var mean = sum / n;
        double squares = 0;
        for (var i = 0; i < mask.Length; i++)
        {
            if (mask[i] != 0)
            {
                squares += (image[i] - mean) * (image[i] - mean);
            }
        }

        var sd = Math.Sqrt(squares / n);
        return range.Select(r => mean + sd * r).ToArray();
    }
}
