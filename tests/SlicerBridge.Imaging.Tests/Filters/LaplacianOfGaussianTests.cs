using SlicerBridge.Imaging.Filters;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Tests.Filters;

public class LaplacianOfGaussianTests
{
    public static TheoryData<string, double, string> Cases()
    {
        var data = new TheoryData<string, double, string>();
        foreach (var entry in FilterFixtures.Itk.GetProperty("log").EnumerateArray())
        {
            data.Add(entry.GetProperty("input").GetString()!, entry.GetProperty("sigma").GetDouble(), entry.GetProperty("output").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_itk_laplacian_recursive_gaussian(string input, double sigma, string output)
    {
        var image = FilterFixtures.Read(input);

        var actual = LaplacianOfGaussian.Apply(image, sigma);

        var expected = FilterFixtures.Read(output);
        Assert.Equal(PixelType.Float32, actual.PixelType);
        Assert.Equal(expected.Geometry, actual.Geometry);
        var a = actual.ToDoubleArray();
        var e = expected.ToDoubleArray();
        for (var i = 0; i < e.Length; i++)
        {
            // 1e-6 relative (absolute near zero). On Linux x64 the values are bit-identical to ITK 5.2.1;
            // the tolerance leaves room for another libm's sin/cos/exp in the coefficients.
            Assert.True(Math.Abs(a[i] - e[i]) <= 1e-6 * Math.Max(1, Math.Abs(e[i])), $"voxel {i}: {a[i]:R} vs ITK {e[i]:R}");
        }
    }

    [Fact]
    public void Image_with_an_axis_under_4_voxels_gives_no_log_image()
    {
        var image = ImageVolume.Create(ImageGeometry.Unit(new Size3(10, 10, 3)), new short[300]);

        var output = LogImages.Generate(image, [new LogSigma(1.0)]);

        Assert.Empty(output.Images);
        Assert.Equal("Image too small to apply LoG filter, size: (10, 10, 3)", Assert.Single(output.Warnings));
    }

    [Fact]
    public void Sigma_too_large_for_the_image_is_skipped_with_pyradiomics_warning()
    {
        // ceil(5 / 2.5) + 1 = 3 voxels needed along z: 4 is enough; ceil(10 / 2.5) + 1 = 5 is not.
        var geometry = new ImageGeometry(new Size3(20, 20, 4), new Vec3(1, 1, 2.5), default, Matrix3.Identity);
        var image = ImageVolume.Create(geometry, new float[1600]);

        var output = LogImages.Generate(image, [new LogSigma(5.0), new LogSigma(10.0), new LogSigma(0)]);

        Assert.Equal(["log-sigma-5-0-mm-3D"], output.Images.Select(i => i.ImageTypeName));
        Assert.Equal(2, output.Warnings.Count);
        Assert.StartsWith("applyLoG: sigma(10)/spacing((1, 1, 2.5)) + 1 must be greater than the size", output.Warnings[0]);
        Assert.Equal("applyLoG: sigma must be greater than 0.0: 0", output.Warnings[1]);
    }

    [Fact]
    public void Smallest_accepted_image_matches_itk()
    {
        var image = FilterFixtures.Read("filters/inputs/tiny-4x5x6_image.nrrd");

        var output = LogImages.Generate(image, [new LogSigma(1.0)]);

        var expected = FilterFixtures.Read("filters/log/tiny-4x5x6_sigma-1-0.nrrd").ToDoubleArray();
        var actual = Assert.Single(output.Images).Image.ToDoubleArray();
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(actual[i] - expected[i]) <= 1e-6 * Math.Max(1, Math.Abs(expected[i])));
        }
    }

    [Theory]
    [InlineData(3.0, false, "log-sigma-3-0-mm-3D")]
    [InlineData(3.0, true, "log-sigma-3-mm-3D")]
    [InlineData(0.5, false, "log-sigma-0-5-mm-3D")]
    [InlineData(2.25, false, "log-sigma-2-25-mm-3D")]
    [InlineData(1e-05, false, "log-sigma-1e-05-mm-3D")]
    public void Names_follow_python_str_of_sigma(double sigma, bool integer, string expected)
    {
        Assert.Equal(expected, new LogSigma(sigma, integer).ImageTypeName);
    }

    [Fact]
    public void Log_larger_than_the_memory_cap_is_refused_before_allocating()
    {
        var image = ImageVolume.Create(ImageGeometry.Unit(new Size3(40, 40, 40)), new short[64000]);

        var error = Assert.Throws<InvalidInputException>(() =>
            LaplacianOfGaussian.Apply(image, 1.0, new ImagingLimits { MaxBytes = 1024 * 1024 }));
        Assert.Contains("memory cap", error.Message);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void Direct_call_with_bad_sigma_is_a_clear_error(double sigma)
    {
        var image = ImageVolume.Create(ImageGeometry.Unit(new Size3(5, 5, 5)), new short[125]);

        var error = Assert.Throws<InvalidInputException>(() => LaplacianOfGaussian.Apply(image, sigma));
        Assert.Equal("sigma", error.Where);
    }
}
