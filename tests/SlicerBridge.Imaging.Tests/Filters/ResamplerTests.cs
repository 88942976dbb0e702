using System.Text.Json;
using SlicerBridge.Imaging.Filters;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Tests.Filters;

public class ResamplerTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var entry in FilterFixtures.Itk.GetProperty("resample").EnumerateArray())
        {
            foreach (var output in entry.GetProperty("outputs").EnumerateObject().Where(o => o.Name != "mask"))
            {
                data.Add(entry.GetProperty("image").GetString()!, output.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_itk_resample_image_filter(string image, string method)
    {
        var entry = FilterFixtures.Itk.GetProperty("resample").EnumerateArray()
            .Single(e => e.GetProperty("image").GetString() == image);
        var target = entry.GetProperty("target_spacing").Doubles();
        var settings = new ResampleSettings(new Vec3(target[0], target[1], target[2]), Parse(method));

        var result = Resampler.Resample(FilterFixtures.Read(image), FilterFixtures.ReadMask(entry.GetProperty("mask").GetString()!), settings);

        var expected = FilterFixtures.Read(entry.GetProperty("outputs").GetProperty(method).GetString()!);
        var expectedSize = entry.GetProperty("size").Doubles();
        Assert.Equal(new Size3((int)expectedSize[0], (int)expectedSize[1], (int)expectedSize[2]), result.Diagnostics.Size);
        Assert.Equal(expected.Size, result.Image.Size);
        Assert.Equal(expected.PixelType, result.Image.PixelType);
        AssertGeometry(expected.Geometry, result.Image.Geometry);
        var actual = result.Image.ToDoubleArray();
        var reference = expected.ToDoubleArray();
        if (expected.PixelType.IsInteger())
        {
            Assert.Equal(reference, actual); // integer output must be exact: the truncation makes any drift visible
        }
        else
        {
            // 1e-6 relative (absolute near zero); on Linux x64 every fixture is in fact bit-identical to ITK 5.2.1.
            for (var i = 0; i < reference.Length; i++)
            {
                Assert.True(Math.Abs(actual[i] - reference[i]) <= 1e-6 * Math.Max(1, Math.Abs(reference[i])),
                    $"voxel {i}: {actual[i]:R} vs ITK {reference[i]:R}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Mask_matches_itk_nearest_neighbour(string image, string method)
    {
        var entry = FilterFixtures.Itk.GetProperty("resample").EnumerateArray()
            .Single(e => e.GetProperty("image").GetString() == image);
        var target = entry.GetProperty("target_spacing").Doubles();
        var result = Resampler.Resample(FilterFixtures.Read(image), FilterFixtures.ReadMask(entry.GetProperty("mask").GetString()!),
            new ResampleSettings(new Vec3(target[0], target[1], target[2]), Parse(method)));

        var expected = FilterFixtures.ReadMask(entry.GetProperty("outputs").GetProperty("mask").GetString()!);
        Assert.False(result.Diagnostics.SpacingAlreadyMatched);
        Assert.Equal(expected.Voxels, result.Mask.Voxels);
        Assert.Equal(entry.GetProperty("roi_voxels").GetInt64(), result.Diagnostics.RoiVoxelCount);
    }

    [Fact]
    public void Brain1_at_2mm_gives_pyradiomics_interpolated_diagnostics()
    {
        // pyradiomics baseline brain1 (resampledPixelSpacing [2, 2, 2]): diagnostics_Image-interpolated_Size
        // (30, 39, 34), diagnostics_Mask-interpolated_VoxelNum 1915.
        var result = Resampler.Resample(FilterFixtures.Read("pyradiomics/data/brain1_image.nrrd"),
            FilterFixtures.ReadMask("pyradiomics/data/brain1_label.nrrd"), new ResampleSettings(new Vec3(2, 2, 2)));

        Assert.Equal(new Size3(30, 39, 34), result.Diagnostics.Size);
        Assert.Equal(1915, result.Diagnostics.RoiVoxelCount);
        Assert.Equal(new Vec3(2, 2, 2), result.Diagnostics.Spacing);
    }

    [Fact]
    public void Spacing_already_equal_only_crops_to_the_padded_box()
    {
        var image = FilterFixtures.Read("pyradiomics/data/breast1_image.nrrd");
        var mask = FilterFixtures.ReadMask("pyradiomics/data/breast1_label.nrrd");
        var spacing = image.Geometry.Spacing;

        var result = Resampler.Resample(image, mask, new ResampleSettings(new Vec3(spacing.X, spacing.Y, 0), PadDistance: 2));

        Assert.True(result.Diagnostics.SpacingAlreadyMatched);
        var box = mask.BoundingBox.Pad(2, image.Size);
        Assert.Equal(box.Size, result.Image.Size);
        Assert.Equal(image.Crop(box).ToDoubleArray(), result.Image.ToDoubleArray());
        Assert.Equal(mask.VoxelCount, result.Mask.VoxelCount);
        Assert.Equal(image.Geometry.IndexToPhysical(box.X, box.Y, box.Z), result.Image.Geometry.Origin);
    }

    [Fact]
    public void Single_voxel_roi_keeps_every_spacing_and_is_only_cropped()
    {
        var geometry = new ImageGeometry(new Size3(9, 8, 7), new Vec3(0.7, 0.7, 2.5), new Vec3(1, 2, 3), Matrix3.Identity);
        var voxels = new byte[geometry.VoxelCount];
        voxels[4 + 9 * (3 + 8 * 2)] = 1;
        var image = ImageVolume.Create(geometry, Enumerable.Range(0, 504).Select(i => (short)(i - 250)).ToArray());

        var result = Resampler.Resample(image, new RoiMask(geometry, voxels), new ResampleSettings(new Vec3(1, 1, 1), PadDistance: 1));

        Assert.True(result.Diagnostics.SpacingAlreadyMatched);
        Assert.Equal(new Size3(3, 3, 3), result.Image.Size);
        Assert.Equal(1, result.Mask.VoxelCount);
        Assert.Equal(4 + 9 * (3 + 8 * 2) - 250, result.Image.ToDoubleArray()[1 + 3 * (1 + 3 * 1)]);
    }

    [Fact]
    public void Pre_crop_pads_the_box_and_clips_at_the_image_edge()
    {
        var geometry = new ImageGeometry(new Size3(10, 10, 10), new Vec3(1, 1, 2), default, Matrix3.Identity);
        var voxels = new byte[geometry.VoxelCount];
        voxels[1 + 10 * (5 + 10 * 8)] = 1;
        voxels[2 + 10 * (6 + 10 * 8)] = 1;
        var image = ImageVolume.Create(geometry, Enumerable.Range(0, 1000).Select(i => (short)-i).ToArray());

        var (cropped, mask) = RoiCrop.ToBoundingBox(image, new RoiMask(geometry, voxels), 2);

        Assert.Equal(new Size3(5, 6, 4), cropped.Size); // x 0..4 (clipped), y 3..8, z 6..9 (clipped)
        Assert.Equal(PixelType.Int16, cropped.PixelType);
        Assert.Equal(-(0 + 10 * (3 + 10 * 6)), cropped.ToDoubleArray()[0]);
        Assert.Equal(2, mask.VoxelCount);
        Assert.Equal(geometry.IndexToPhysical(0, 3, 6), cropped.Geometry.Origin);
    }

    [Fact]
    public void Mask_on_a_shifted_grid_is_put_on_the_image_grid_when_spacing_already_matches()
    {
        var image = FilterFixtures.Read("pyradiomics/data/breast1_image.nrrd");
        var mask = FilterFixtures.ReadMask("pyradiomics/data/breast1_label.nrrd");
        var g = mask.Geometry;
        var shifted = new RoiMask(new ImageGeometry(g.Size, g.Spacing, g.Origin + new Vec3(g.Spacing.X, 0, 0), g.Direction), mask.Voxels);

        var result = Resampler.Resample(image, shifted, new ResampleSettings(new Vec3(0, 0, 0), PadDistance: 0));

        // Nearest neighbour onto the image grid moves the ROI one voxel along x; the crop follows it.
        Assert.True(result.Diagnostics.SpacingAlreadyMatched);
        Assert.Equal(mask.VoxelCount, result.Mask.VoxelCount);
        Assert.Equal(mask.BoundingBox.Size, result.Image.Size);
        Assert.Equal(image.Geometry.IndexToPhysical(mask.BoundingBox.X + 1, mask.BoundingBox.Y, mask.BoundingBox.Z), result.Image.Geometry.Origin);
    }

    [Fact]
    public void One_voxel_thick_roi_keeps_its_spacing_on_that_axis()
    {
        var geometry = new ImageGeometry(new Size3(10, 10, 6), new Vec3(0.8, 0.8, 3), default, Matrix3.Identity);
        var voxels = new byte[geometry.VoxelCount];
        for (var y = 3; y < 7; y++)
        {
            for (var x = 2; x < 6; x++)
            {
                voxels[x + 10 * (y + 10 * 2)] = 1;
            }
        }

        var spacing = ResamplingGrid.TargetSpacing(new RoiMask(geometry, voxels), new Vec3(1, 1, 1));

        Assert.Equal(new Vec3(1, 1, 3), spacing);
    }

    [Fact]
    public void Absurd_spacing_is_a_clear_error_before_allocating()
    {
        var image = FilterFixtures.Read("pyradiomics/data/brain1_image.nrrd");
        var mask = FilterFixtures.ReadMask("pyradiomics/data/brain1_label.nrrd");

        var error = Assert.Throws<InvalidInputException>(() =>
            Resampler.Resample(image, mask, new ResampleSettings(new Vec3(0.001, 0.001, 0.001))));

        Assert.Contains("limit", error.Message);
        Assert.Equal("resampledPixelSpacing", error.Where);
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Bad_spacing_setting_is_rejected(double value)
    {
        var image = FilterFixtures.Read("pyradiomics/data/breast1_image.nrrd");
        var mask = FilterFixtures.ReadMask("pyradiomics/data/breast1_label.nrrd");

        var error = Assert.Throws<InvalidInputException>(() =>
            Resampler.Resample(image, mask, new ResampleSettings(new Vec3(1, value, 1))));
        Assert.Equal("resampledPixelSpacing", error.Where);
    }

    [Fact]
    public void Roi_outside_the_image_is_rejected()
    {
        var image = FilterFixtures.Read("pyradiomics/data/breast1_image.nrrd");
        var mask = FilterFixtures.ReadMask("pyradiomics/data/breast1_label.nrrd");
        var shifted = new RoiMask(new ImageGeometry(mask.Geometry.Size, mask.Geometry.Spacing,
            mask.Geometry.Origin + new Vec3(500, 0, 0), mask.Geometry.Direction), mask.Voxels);

        var error = Assert.Throws<InvalidInputException>(() =>
            Resampler.Resample(image, shifted, new ResampleSettings(new Vec3(1, 1, 1))));
        Assert.Contains("outside the image", error.Message);
    }

    private static Interpolator Parse(string method) => method switch
    {
        "nearest" => Interpolator.NearestNeighbor,
        "linear" => Interpolator.Linear,
        "bspline" => Interpolator.BSpline,
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    private static void AssertGeometry(ImageGeometry expected, ImageGeometry actual)
    {
        for (var axis = 0; axis < 3; axis++)
        {
            Assert.Equal(expected.Spacing[axis], actual.Spacing[axis], 12);
            Assert.Equal(expected.Origin[axis], actual.Origin[axis], 9);
        }

        Assert.Equal(expected.Direction, actual.Direction);
    }
}
