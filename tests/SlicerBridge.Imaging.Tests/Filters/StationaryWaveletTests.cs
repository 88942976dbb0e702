using System.Text.Json;
using SlicerBridge.Imaging.Filters;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Tests.Filters;

public class StationaryWaveletTests
{
    private static readonly string[] PyRadiomicsOrder =
        ["wavelet-LLH", "wavelet-LHL", "wavelet-LHH", "wavelet-HLL", "wavelet-HLH", "wavelet-HHL", "wavelet-HHH", "wavelet-LLL"];

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var entry in FilterFixtures.Pywt.GetProperty("cases").EnumerateArray())
        {
            data.Add(Path.GetFileName(entry.GetProperty("outputs").EnumerateObject().First().Value.GetString()!).Split('_')[0]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_pywt_swtn_as_pyradiomics_calls_it(string caseName)
    {
        var entry = FilterFixtures.Pywt.GetProperty("cases").EnumerateArray().Single(e =>
            Path.GetFileName(e.GetProperty("outputs").EnumerateObject().First().Value.GetString()!).StartsWith(caseName + "_", StringComparison.Ordinal));
        var image = FilterFixtures.Read(entry.GetProperty("input").GetString()!);
        var lower = entry.GetProperty("box_lower_xyz").Doubles();

        var force2D = entry.GetProperty("force2d_dimension");
        var output = StationaryWavelet.Generate(image, entry.GetProperty("wavelet").GetString()!,
            entry.GetProperty("level").GetInt32(), entry.GetProperty("start_level").GetInt32(),
            force2D.ValueKind == JsonValueKind.Null ? null : force2D.GetInt32());

        // pywt's dict order, as PyRadiomics yields the images.
        var expectedNames = entry.GetProperty("outputs").EnumerateObject().Select(o => o.Name);
        Assert.Equal(expectedNames, output.Images.Select(i => i.ImageTypeName));
        var isFloat = image.PixelType == PixelType.Float32;
        foreach (var filtered in output.Images)
        {
            var expected = FilterFixtures.Read(entry.GetProperty("outputs").GetProperty(filtered.ImageTypeName).GetString()!);
            Assert.Equal(image.Geometry, filtered.Image.Geometry);
            Assert.Equal(isFloat ? PixelType.Float32 : PixelType.Float64, filtered.Image.PixelType);
            var box = new BoundingBox((int)lower[0], (int)lower[1], (int)lower[2], expected.Size.X, expected.Size.Y, expected.Size.Z);
            var actual = filtered.Image.Crop(box).ToDoubleArray();
            var reference = expected.ToDoubleArray();
            for (var i = 0; i < reference.Length; i++)
            {
                // float64: 1e-9 absolute; pywt's float32 path: 1e-5 relative (single precision).
                var tolerance = isFloat ? 1e-5 * Math.Max(1, Math.Abs(reference[i])) : 1e-9;
                Assert.True(Math.Abs(actual[i] - reference[i]) <= tolerance,
                    $"{filtered.ImageTypeName} voxel {i}: {actual[i]:R} vs pywt {reference[i]:R}");
            }
        }
    }

    public static TheoryData<string> Wavelets()
    {
        var data = new TheoryData<string>();
        foreach (var entry in FilterFixtures.Pywt.GetProperty("family").EnumerateArray())
        {
            data.Add(entry.GetProperty("wavelet").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Wavelets))]
    public void Every_wavelet_matches_pywt_on_an_odd_sized_volume(string wavelet)
    {
        var image = FilterFixtures.Read("filters/inputs/random-7x6x5_image.nrrd");
        var entry = FilterFixtures.Pywt.GetProperty("family").EnumerateArray().Single(e => e.GetProperty("wavelet").GetString() == wavelet);
        var stacked = FilterFixtures.Read(entry.GetProperty("output").GetString()!).ToDoubleArray();

        var output = StationaryWavelet.Generate(image, wavelet);

        Assert.Equal(PyRadiomicsOrder, output.Images.Select(i => i.ImageTypeName));
        var bandLength = (int)image.VoxelCount;
        for (var band = 0; band < 8; band++)
        {
            var actual = output.Images[band].Image.ToDoubleArray();
            for (var i = 0; i < bandLength; i++)
            {
                Assert.True(Math.Abs(actual[i] - stacked[band * bandLength + i]) <= 1e-9,
                    $"{wavelet} {PyRadiomicsOrder[band]} voxel {i}: {actual[i]:R} vs pywt {stacked[band * bandLength + i]:R}");
            }
        }
    }

    [Fact]
    public void Every_filter_the_fixture_covers_is_offered()
    {
        var covered = FilterFixtures.Pywt.GetProperty("family").EnumerateArray().Select(e => e.GetProperty("wavelet").GetString()!);

        Assert.Equal(covered.Order(StringComparer.Ordinal), WaveletFilterBank.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Wavelet_larger_than_the_memory_cap_is_refused_before_allocating()
    {
        var image = ImageVolume.Create(ImageGeometry.Unit(new Size3(40, 40, 40)), new short[64000]);

        var error = Assert.Throws<InvalidInputException>(() =>
            StationaryWavelet.Generate(image, limits: new ImagingLimits { MaxBytes = 1024 * 1024 }));
        Assert.Equal("wavelet", error.Where);
    }

    [Fact]
    public void Unknown_wavelet_is_a_clear_error()
    {
        var image = ImageVolume.Create(ImageGeometry.Unit(new Size3(4, 4, 4)), new short[64]);

        var error = Assert.Throws<InvalidInputException>(() => StationaryWavelet.Generate(image, "coif9"));
        Assert.Equal("wavelet", error.Where);
        Assert.Contains("coif1", error.Message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Bad_force2D_dimension_is_a_clear_error(int dimension)
    {
        var image = ImageVolume.Create(ImageGeometry.Unit(new Size3(4, 4, 4)), new short[64]);

        var error = Assert.Throws<InvalidInputException>(() => StationaryWavelet.Generate(image, force2DDimension: dimension));
        Assert.Equal("force2Ddimension", error.Where);
    }

    [Fact]
    public void Single_voxel_thick_image_is_transformed_without_error()
    {
        // A 1-voxel axis is padded to 2 by wrap (a copy of itself) as in PyRadiomics; the H band along it is then 0 for haar.
        var voxels = Enumerable.Range(0, 20).Select(i => (short)(i * i)).ToArray();
        var image = ImageVolume.Create(ImageGeometry.Unit(new Size3(5, 4, 1)), voxels);

        var output = StationaryWavelet.Generate(image, "haar");

        Assert.Equal(8, output.Images.Count);
        Assert.All(output.Images.Single(i => i.ImageTypeName == "wavelet-LLH").Image.ToDoubleArray(), v => Assert.Equal(0, v, 12));
    }
}
