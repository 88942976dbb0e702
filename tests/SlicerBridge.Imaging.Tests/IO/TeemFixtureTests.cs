using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Imaging.Tests.Support;
using SlicerBridge.Testing;

namespace SlicerBridge.Imaging.Tests.IO;

/// <summary>
/// One image saved by teem's own writer (tests/fixtures/teem/make_fixtures.sh) in every encoding it
/// offers: 3x2x2 shorts 7n - 20 in RAS space, directions (0,0.5,0) (-0.75,0,0) (0,0,2.5), origin
/// (10,20,30). Read in LPS, x and y of every vector change sign.
/// </summary>
public class TeemFixtureTests
{
    [Theory]
    [InlineData("raw.nrrd")]
    [InlineData("gzip.nrrd")]
    [InlineData("big_endian.nrrd")]
    [InlineData("ascii.nrrd")]
    [InlineData("detached.nhdr")]
    public void EveryEncodingReadsTheSameImage(string file)
    {
        var volume = VolumeIO.Read(Fixtures.Path("teem", file));

        Assert.Equal(PixelType.Int16, volume.PixelType);
        Assert.Equal(new Size3(3, 2, 2), volume.Size);
        Assert.Equal(new Vec3(0.5, 0.75, 2.5), volume.Geometry.Spacing);
        Assert.Equal(new Vec3(-10, -20, 30), volume.Geometry.Origin);
        Assert.Equal(new Matrix3(0, 1, 0, -1, 0, 0, 0, 0, 1), volume.Geometry.Direction);
        Assert.Equal(Enumerable.Range(0, 12).Select(n => (short)(7 * n - 20)), volume.Voxels<short>().ToArray());
    }

    [Fact]
    public void Bzip2IsRefusedByName()
    {
        var path = Fixtures.Path("teem", "bzip2.nrrd");

        InvalidInput.Expect(() => VolumeIO.Read(path), "bzip2", path);
    }
}
