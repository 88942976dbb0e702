using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Tests;

/// <summary>
/// Signed voxel types must read as signed. The CLR treats int[] as a uint[] (sbyte[] as byte[], short[]
/// as ushort[]) in type tests, so a buffer dispatched on its array type reads -1 as 4294967295.
/// </summary>
public class ImageVolumeTests
{
    private static readonly ImageGeometry Line = ImageGeometry.Unit(new Size3(3, 1, 1));

    public static TheoryData<ImageVolume> SignedVolumes => new(
        ImageVolume.Create(Line, new sbyte[] { -1, 2, -128 }),
        ImageVolume.Create(Line, new short[] { -1, 2, -128 }),
        ImageVolume.Create(Line, new int[] { -1, 2, -128 }));

    [Theory]
    [MemberData(nameof(SignedVolumes))]
    public void SignedVoxelsReadAsSigned(ImageVolume volume)
    {
        Assert.Equal(-1, volume.GetAsDouble(0));
        Assert.Equal(new double[] { -1, 2, -128 }, volume.ToDoubleArray());
        Assert.Equal(-128, volume[2, 0, 0]);
    }

    [Theory]
    [MemberData(nameof(SignedVolumes))]
    public void CropKeepsTheVoxelType(ImageVolume volume)
    {
        var crop = volume.Crop(new BoundingBox(1, 0, 0, 2, 1, 1));

        Assert.Equal(volume.PixelType, crop.PixelType);
        Assert.Equal(new double[] { 2, -128 }, crop.ToDoubleArray());
        Assert.Equal(Line.IndexToPhysical(1, 0, 0), crop.Geometry.Origin);
    }

    [Fact]
    public void VoxelsOfTheWrongTypeAreRefusedEvenWhenTheClrWouldAllowThem()
    {
        var volume = ImageVolume.Create(Line, new int[] { -1, 2, 3 });

        Assert.Throws<InvalidOperationException>(() => volume.Voxels<uint>());
        Assert.Throws<InvalidOperationException>(() => volume.Voxels<float>());
        Assert.Equal(-1, volume.Voxels<int>()[0]);
    }
}
