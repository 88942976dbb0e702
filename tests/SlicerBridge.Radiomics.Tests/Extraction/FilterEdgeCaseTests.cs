using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Testing;

namespace SlicerBridge.Radiomics.Tests.Extraction;

/// <summary>
/// Thin, tiny and small inputs under the study's settings: each gives features, or PyRadiomics'
/// documented skip with a warning in the diagnostics, never a crash.
/// </summary>
public class FilterEdgeCaseTests
{
    private static readonly ExtractionParameters Paper =
        ParameterFile.Load(Path.Combine(Fixtures.Root, "..", "..", "samples", "params", "paper-ct.yaml"));

    [Fact]
    public void OneVoxelThickRoiKeepsItsSliceSpacingAndGetsEveryFeature()
    {
        var (image, mask) = Volume(new Size3(40, 40, 12), new Vec3(0.8, 0.8, 2.5), (x, y, z) => z == 6 && Math.Abs(x - 20) < 6 && Math.Abs(y - 20) < 6);

        var result = new RadiomicsExtractor(Paper).Execute(image, mask);

        Assert.Equal(1316, result.Features.Count);
        Assert.All(result.Features, f => Assert.False(double.IsNaN(f.Value) && !f.Key.Contains("_glcm_", StringComparison.Ordinal), f.Key));
        Assert.Contains(result.Diagnostics, d => d.Key == "Image-interpolated_Spacing" && d.Value.EndsWith("2.5)", StringComparison.Ordinal));
    }

    [Fact]
    public void FourVoxelRoiGetsEveryFeature()
    {
        var (image, mask) = Volume(new Size3(30, 30, 10), new Vec3(0.8, 0.8, 2.5), (x, y, z) => z == 5 && y is 15 or 16 && x is 15 or 16);

        var result = new RadiomicsExtractor(Paper).Execute(image, mask);

        Assert.Equal(1316, result.Features.Count);
    }

    [Fact]
    public void RoiAlongALineIsRefusedByMinimumRoiDimensions()
    {
        var (image, mask) = Volume(new Size3(30, 30, 10), new Vec3(0.8, 0.8, 2.5), (x, y, z) => z == 5 && y == 15 && x is 15 or 16);

        var error = Assert.Throws<InvalidInputException>(() => new RadiomicsExtractor(Paper).Execute(image, mask));

        Assert.Contains("extends over 1 dimension(s) but minimumROIDimensions is 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoGOnAnImageTooThinIsSkippedWithPyRadiomicsWarning()
    {
        // Three slices and no resampling: PyRadiomics makes no LoG image when an axis has fewer than 4 voxels.
        var parameters = ParameterFile.Parse("imageType:\n  Original: {}\n  LoG:\n    sigma: [1.0, 5.0]\n  Wavelet: {}\n");
        var (image, mask) = Volume(new Size3(24, 24, 3), new Vec3(1, 1, 1), (x, y, z) => Math.Abs(x - 12) < 5 && Math.Abs(y - 12) < 5);

        var result = new RadiomicsExtractor(parameters).Execute(image, mask);

        Assert.DoesNotContain(result.Features, f => f.Key.StartsWith("log-sigma", StringComparison.Ordinal));
        Assert.Contains(result.Features, f => f.Key.StartsWith("wavelet-LLH_", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Key.StartsWith("Warnings_", StringComparison.Ordinal) && d.Value.Contains("too small to apply LoG", StringComparison.Ordinal));
    }

    [Fact]
    public void SigmaTooLargeForTheImageIsSkippedAndTheOthersKept()
    {
        var parameters = ParameterFile.Parse("imageType:\n  LoG:\n    sigma: [1.0, 9.0]\n");
        var (image, mask) = Volume(new Size3(9, 9, 9), new Vec3(1, 1, 1), (x, y, z) => Math.Abs(x - 4) < 3 && Math.Abs(y - 4) < 3 && Math.Abs(z - 4) < 3);

        var result = new RadiomicsExtractor(parameters).Execute(image, mask);

        Assert.Contains(result.Features, f => f.Key.StartsWith("log-sigma-1-0-mm-3D_", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Features, f => f.Key.StartsWith("log-sigma-9-0-mm-3D_", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Key.StartsWith("Warnings_", StringComparison.Ordinal) && d.Value.Contains("sigma(9)", StringComparison.Ordinal));
    }

    [Fact]
    public void LoGWithoutSigmaIsAnError()
    {
        var (image, mask) = Volume(new Size3(9, 9, 9), new Vec3(1, 1, 1), (x, y, z) => x < 3);

        var error = Assert.Throws<InvalidInputException>(() =>
            new RadiomicsExtractor(ParameterFile.Parse("imageType:\n  LoG: {}\n")).Execute(image, mask));

        Assert.Contains("needs 'sigma'", error.Message, StringComparison.Ordinal);
    }

    private static (ImageVolume Image, ImageVolume Mask) Volume(Size3 size, Vec3 spacing, Func<int, int, int, bool> inside)
    {
        var geometry = new ImageGeometry(size, spacing, default, Matrix3.Identity);
        var image = new short[size.VoxelCount];
        var mask = new byte[size.VoxelCount];
        for (var z = 0; z < size.Z; z++)
        {
            for (var y = 0; y < size.Y; y++)
            {
                for (var x = 0; x < size.X; x++)
                {
                    var i = x + size.X * (y + size.Y * z);
                    image[i] = (short)(40 + (x * 7 + y * 13 + z * 29) % 60);
                    mask[i] = inside(x, y, z) ? (byte)1 : (byte)0;
                }
            }
        }

        return (ImageVolume.Create(geometry, image), ImageVolume.Create(geometry, mask));
    }
}
