using System.Numerics;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// PyRadiomics' <c>getWaveletImage</c> / <c>_swt3</c>: odd axes padded by one voxel at the end with
/// numpy 'wrap', one level of <c>pywt.swtn</c> (axes x, y, z; periodic convolution
/// <c>out[n] = Σ_j f[j]·x[(n + F/2 − j) mod N]</c>) per requested level on the previous approximation,
/// and the padding cropped off. Names are <c>wavelet-XYZ</c> (first letter x, H = high pass) for level 1
/// and <c>wavelet&lt;k&gt;-XYZ</c> above, approximation last. Like pywt, float32 images are transformed
/// in single precision and everything else in double; outputs keep the input geometry. With
/// <c>force2D</c> PyRadiomics leaves out the axis <c>force2Ddimension</c> (numpy order: 0 = z) and the
/// names have two letters.
/// </summary>
public static class StationaryWavelet
{
    /// <param name="force2DDimension">null for the 3-D transform; otherwise PyRadiomics' force2Ddimension.</param>
    public static FilterOutput Generate(ImageVolume image, string wavelet = "coif1", int level = 1, int startLevel = 0,
        int? force2DDimension = null, ImagingLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(wavelet);
        if (level < 1)
        {
            throw new InvalidInputException($"wavelet level {level} must be at least 1", "level");
        }

        if (startLevel < 0)
        {
            throw new InvalidInputException($"wavelet start_level {startLevel} must not be negative", "start_level");
        }

        if (force2DDimension is < 0 or > 2)
        {
            throw new InvalidInputException($"force2Ddimension {force2DDimension} must be 0, 1 or 2", "force2Ddimension");
        }

        // Our axes (0 = x) in pywt's order: numpy axes (2, 1, 0), minus numpy axis force2Ddimension.
        int[] axes = force2DDimension is { } excluded ? [.. new[] { 0, 1, 2 }.Where(a => a != 2 - excluded)] : [0, 1, 2];
        var (decLo, decHi) = WaveletFilterBank.Get(wavelet);
        var size = image.Size;
        var padded = new Size3(size.X + size.X % 2, size.Y + size.Y % 2, size.Z + size.Z % 2);
        // Up to 8 outputs plus 7 working volumes of the padded size are alive at once (in double).
        (limits ?? ImagingLimits.Default).EnsureFits(padded.VoxelCount, 15 * sizeof(double), "wavelet");

        return image.PixelType == PixelType.Float32
            ? Run<float>(image, padded, axes, decLo, decHi, level, startLevel)
            : Run<double>(image, padded, axes, decLo, decHi, level, startLevel);
    }

    private static FilterOutput Run<T>(ImageVolume image, Size3 padded, int[] axes, double[] decLo, double[] decHi, int level, int startLevel)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var lo = decLo.Select(T.CreateTruncating).ToArray();
        var hi = decHi.Select(T.CreateTruncating).ToArray();
        var approximation = new string('L', axes.Length);
        var data = PadWrap<T>(image, padded);
        for (var i = 0; i < startLevel; i++)
        {
            data = Decompose(data, padded, axes, lo, hi)[approximation];
        }

        var images = new List<FilteredImage>();
        for (var index = 1; index <= level; index++)
        {
            // pywt's key order (first axis most significant, L before H), the approximation held back.
            foreach (var (band, values) in Decompose(data, padded, axes, lo, hi).OrderBy(b => b.Key.Replace('L', '0').Replace('H', '1'), StringComparer.Ordinal))
            {
                if (band == approximation)
                {
                    data = values;
                }
                else
                {
                    images.Add(new FilteredImage(Name(index, band), Crop(values, padded, image.Geometry)));
                }
            }
        }

        images.Add(new FilteredImage(Name(level, approximation), Crop(data, padded, image.Geometry)));
        return new FilterOutput(images, []);
    }

    private static string Name(int level, string band) => level == 1 ? "wavelet-" + band : $"wavelet{level}-{band}";

    /// <summary>One level along each of <paramref name="axes"/> in turn; keys are the band letters in that order.</summary>
    private static Dictionary<string, T[]> Decompose<T>(T[] data, Size3 size, int[] axes, T[] lo, T[] hi)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var bands = new Dictionary<string, T[]> { [""] = data };
        foreach (var axis in axes)
        {
            var next = new Dictionary<string, T[]>();
            foreach (var (key, values) in bands)
            {
                var low = new T[values.Length];
                var high = new T[values.Length];
                PeriodicConvolution.Apply(values, low, high, size, axis, lo, hi);
                next[key + "L"] = low;
                next[key + "H"] = high;
            }

            bands = next;
        }

        return bands;
    }

    private static T[] PadWrap<T>(ImageVolume image, Size3 padded)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var size = image.Size;
        var source = image.ToDoubleArray();
        var result = new T[padded.VoxelCount];
        for (var z = 0; z < padded.Z; z++)
        {
            var sz = z % size.Z;
            for (var y = 0; y < padded.Y; y++)
            {
                var sy = y % size.Y;
                for (var x = 0; x < padded.X; x++)
                {
                    result[x + padded.X * (y + padded.Y * z)] = T.CreateTruncating(source[x % size.X + size.X * (sy + size.Y * sz)]);
                }
            }
        }

        return result;
    }

    private static ImageVolume Crop<T>(T[] values, Size3 padded, ImageGeometry geometry)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var size = geometry.Size;
        if (size == padded)
        {
            return ImageVolume.Create(geometry, values); // even sizes: nothing was padded, so nothing to cut
        }

        var result = new T[size.VoxelCount];
        for (var z = 0; z < size.Z; z++)
        {
            for (var y = 0; y < size.Y; y++)
            {
                values.AsSpan(padded.X * (y + padded.Y * z), size.X).CopyTo(result.AsSpan(size.X * (y + size.Y * z)));
            }
        }

        return ImageVolume.Create(geometry, result);
    }
}
