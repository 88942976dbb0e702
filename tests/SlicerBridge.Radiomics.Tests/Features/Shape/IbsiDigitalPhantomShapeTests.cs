using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Radiomics.Features.Shape;
using SlicerBridge.Testing;

namespace SlicerBridge.Radiomics.Tests.Features.Shape;

/// <summary>
/// IBSI 1 digital phantom (5 × 4 × 4 voxels of 2 mm, 74 in the ROI): the morphology features whose IBSI
/// definition PyRadiomics shares, within IBSI's stated tolerance. The IBSI mesh is also a marching-cubes
/// mesh of the padded mask. IBSI's principal axes come from the sample covariance (divided by N − 1),
/// PyRadiomics' from the population covariance (divided by N), so axis lengths are compared after scaling
/// by √(N / (N − 1)); their ratios need no scaling. Features without a PyRadiomics counterpart (area and
/// volume densities, Moran's I, ...) are not listed.
/// </summary>
public class IbsiDigitalPhantomShapeTests
{
    /// <summary>IBSI tag → PyRadiomics feature.</summary>
    private static readonly Dictionary<string, string> SharedDefinitions = new(StringComparer.Ordinal)
    {
        ["morph_volume"] = "MeshVolume",
        ["morph_vol_approx"] = "VoxelVolume",
        ["morph_area_mesh"] = "SurfaceArea",
        ["morph_av"] = "SurfaceVolumeRatio",
        ["morph_comp_1"] = "Compactness1",
        ["morph_comp_2"] = "Compactness2",
        ["morph_sph_dispr"] = "SphericalDisproportion",
        ["morph_sphericity"] = "Sphericity",
        ["morph_diam"] = "Maximum3DDiameter",
        ["morph_pca_maj_axis"] = "MajorAxisLength",
        ["morph_pca_min_axis"] = "MinorAxisLength",
        ["morph_pca_least_axis"] = "LeastAxisLength",
        ["morph_pca_elongation"] = "Elongation",
        ["morph_pca_flatness"] = "Flatness",
    };

    private static readonly HashSet<string> AxisLengths = new(StringComparer.Ordinal)
    {
        "MajorAxisLength", "MinorAxisLength", "LeastAxisLength",
    };

    [Fact]
    public void SharedMorphologyFeaturesMatchTheIbsiReference()
    {
        var (size, spacing, labels) = ReadInt16Nifti(Fixtures.Path("ibsi", "digital_phantom", "mask.nii.gz"));
        var (cropSize, mask) = CropToRoi(size, labels);
        var reference = ReadReference();
        var names = SharedDefinitions.Values.ToArray();

        var values = new ShapeFeatures().Compute(ShapeTestMasks.Input(cropSize, spacing, mask), names);

        var n = mask.Count(v => v != 0);
        Assert.Equal(74, n);
        var sampleCovariance = Math.Sqrt(n / (n - 1.0));
        var failures = SharedDefinitions
            .Select((pair, i) => (tag: pair.Key, name: pair.Value, expected: reference[pair.Key],
                actual: AxisLengths.Contains(pair.Value) ? values[i] * sampleCovariance : values[i]))
            .Where(r => Math.Abs(r.actual - r.expected.Value) > r.expected.Tolerance)
            .Select(r => $"{r.name} ({r.tag}): IBSI {r.expected.Value} ± {r.expected.Tolerance}, got {r.actual:R}")
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static Dictionary<string, (double Value, double Tolerance)> ReadReference()
    {
        var reference = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(Fixtures.Path("ibsi", "reference_values", "ibsi_1_reference_values_digital_phantom.csv"));
        foreach (var line in lines.Skip(1))
        {
            // dataset,family,feature,consensus,reference value,tolerance,your result,difference,check,tag;
            // feature names may contain commas, so count from the end.
            var cells = line.Split(',');
            if (cells.Length >= 10 && cells[^6].Length > 0)
            {
                reference[cells[^1]] = (
                    double.Parse(cells[^6], CultureInfo.InvariantCulture),
                    double.Parse(cells[^5], CultureInfo.InvariantCulture));
            }
        }

        return reference;
    }

    /// <summary>Just enough NIfTI-1 for the phantom: gzip, little endian, 3-D, int16, unit scaling.</summary>
    private static (Size3 Size, Vec3 Spacing, short[] Voxels) ReadInt16Nifti(string path)
    {
        using var stream = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray().AsSpan();

        Assert.Equal(348, BinaryPrimitives.ReadInt32LittleEndian(bytes));
        Assert.Equal(3, BinaryPrimitives.ReadInt16LittleEndian(bytes[40..]));
        Assert.Equal(4, BinaryPrimitives.ReadInt16LittleEndian(bytes[70..])); // DT_SIGNED_SHORT
        var size = new Size3(
            BinaryPrimitives.ReadInt16LittleEndian(bytes[42..]),
            BinaryPrimitives.ReadInt16LittleEndian(bytes[44..]),
            BinaryPrimitives.ReadInt16LittleEndian(bytes[46..]));
        var spacing = new Vec3(
            BinaryPrimitives.ReadSingleLittleEndian(bytes[80..]),
            BinaryPrimitives.ReadSingleLittleEndian(bytes[84..]),
            BinaryPrimitives.ReadSingleLittleEndian(bytes[88..]));
        var offset = (int)BinaryPrimitives.ReadSingleLittleEndian(bytes[108..]);
        var voxels = new short[size.VoxelCount];
        for (var i = 0; i < voxels.Length; i++)
        {
            voxels[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes[(offset + 2 * i)..]);
        }

        return (size, spacing, voxels);
    }

    private static (Size3 Size, byte[] Mask) CropToRoi(Size3 size, short[] labels)
    {
        int[] low = [int.MaxValue, int.MaxValue, int.MaxValue], high = [-1, -1, -1];
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == 1)
            {
                int[] p = [i % size.X, i / size.X % size.Y, i / (size.X * size.Y)];
                for (var d = 0; d < 3; d++)
                {
                    low[d] = Math.Min(low[d], p[d]);
                    high[d] = Math.Max(high[d], p[d]);
                }
            }
        }

        var crop = new Size3(high[0] - low[0] + 1, high[1] - low[1] + 1, high[2] - low[2] + 1);
        var mask = new byte[crop.VoxelCount];
        for (var z = 0; z < crop.Z; z++)
        {
            for (var y = 0; y < crop.Y; y++)
            {
                for (var x = 0; x < crop.X; x++)
                {
                    var source = ((z + low[2]) * size.Y + y + low[1]) * size.X + x + low[0];
                    mask[(z * crop.Y + y) * crop.X + x] = (byte)(labels[source] == 1 ? 1 : 0);
                }
            }
        }

        return (crop, mask);
    }
}
