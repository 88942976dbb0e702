using System.Globalization;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Imaging.Tests.Support;
using SlicerBridge.Testing;

namespace SlicerBridge.Imaging.Tests.IO;

/// <summary>
/// The IBSI-1 digital phantom (NIfTI, qform code 2 and sform code 1 = SCANNER_ANAT) reads to the grid and
/// values the IBSI reference manual describes: 5x4x4 voxels of 2 mm, grey levels 1, 3, 4, 6 and 9, a
/// 74-voxel ROI holding 1 to 6.
/// </summary>
public class IbsiPhantomTests
{
    private static readonly string ImagePath = Fixtures.Path("ibsi", "digital_phantom", "image.nii.gz");
    private static readonly string MaskPath = Fixtures.Path("ibsi", "digital_phantom", "mask.nii.gz");

    [Fact]
    public void ImageHasThePhantomGridAndGreyLevels()
    {
        var image = VolumeIO.Read(ImagePath);

        Assert.Equal(PixelType.Int16, image.PixelType);
        Assert.Equal(new Size3(5, 4, 4), image.Size);
        Assert.Equal(new Vec3(2, 2, 2), image.Geometry.Spacing);

        // sform diag(-2, -2, 2) in RAS is the identity in LPS, with origin 0.
        Assert.Equal(Matrix3.Identity, image.Geometry.Direction);
        Assert.Equal(new Vec3(0, 0, 0), image.Geometry.Origin);
        Assert.Equal([1.0, 3, 4, 6, 9], image.ToDoubleArray().Distinct().Order());
    }

    [Fact]
    public void MaskAndRoiValuesMatchTheIbsiReference()
    {
        var image = VolumeIO.Read(ImagePath);
        var mask = RoiMask.FromLabel(VolumeIO.Read(MaskPath), 1);
        Assert.True(mask.Geometry.IsSameGrid(image.Geometry));

        var values = image.ToDoubleArray().Where((_, i) => mask.Voxels[i] == 1).ToArray();

        Assert.Equal(74, mask.VoxelCount);
        Assert.Equal(Reference("morph_vol_approx"), mask.VoxelCount * mask.Geometry.VoxelVolume);
        Assert.Equal(Reference("stat_min"), values.Min());
        Assert.Equal(Reference("stat_max"), values.Max());

        // The manual gives the mean to three significant digits (2.15); 159 / 74 = 2.1486...
        Assert.Equal(Reference("stat_mean"), Math.Round(values.Average(), 2));
        Assert.Equal([1.0, 3, 4, 6], values.Distinct().Order());
    }

    private static double Reference(string tag)
    {
        var table = CsvTable.Load(Fixtures.Path("ibsi", "reference_values", "ibsi_1_reference_values_digital_phantom.csv"));
        var row = table.Rows.First(r => r[table.Column("tag")] == tag);
        return double.Parse(row[table.Column("reference value")], NumberStyles.Float, CultureInfo.InvariantCulture);
    }
}
