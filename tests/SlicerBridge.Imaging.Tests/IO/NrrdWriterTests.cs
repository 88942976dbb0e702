using System.IO.Compression;
using System.Text;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Imaging.Tests.Support;
using SlicerBridge.Testing;

namespace SlicerBridge.Imaging.Tests.IO;

public sealed class NrrdWriterTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<PixelType, bool> TypesAndCompression()
    {
        var data = new TheoryData<PixelType, bool>();
        foreach (var type in Enum.GetValues<PixelType>())
        {
            data.Add(type, false);
            data.Add(type, true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TypesAndCompression))]
    public void RoundTripKeepsVoxelsBitForBitAndGeometryTo1e12(PixelType type, bool compress)
    {
        var volume = SampleVolumes.Random(type, SampleVolumes.Oblique(new Size3(5, 4, 3), mirrored: type == PixelType.Int16), (int)type);
        var path = _dir.File("v.nrrd");

        NrrdWriter.Write(volume, path, compress);
        var back = NrrdReader.Read(path);

        Assert.Equal(type, back.PixelType);
        Assert.True(volume.Bytes.SequenceEqual(back.Bytes));
        GeometryAssert.Equal(volume.Geometry, back.Geometry, 1e-12);
    }

    [Fact]
    public void AxisAlignedGeometryRoundTripsExactly()
    {
        // Values with no short decimal form: only round-trip ("R") formatting brings them back unchanged.
        var geometry = new ImageGeometry(new Size3(3, 2, 2), new Vec3(0.1, 1.0 / 3, 0.78124999999999989),
            new Vec3(-99.609374999999986, Math.PI, -1e-300), new Matrix3(0, -1, 0, 1, 0, 0, 0, 0, 1));
        var path = _dir.File("exact.nrrd");

        NrrdWriter.Write(SampleVolumes.Random(PixelType.Float64, geometry, 3), path);

        Assert.Equal(geometry, NrrdReader.Read(path).Geometry);
    }

    [Theory]
    [InlineData(PixelType.Int16, true, "short")]
    [InlineData(PixelType.UInt8, false, "unsigned char")]
    public void HeaderIsItkStyle(PixelType type, bool compress, string typeName)
    {
        var path = _dir.File("h.nrrd");
        NrrdWriter.Write(SampleVolumes.Random(type, ImageGeometry.Unit(new Size3(2, 2, 2)), 1), path, compress);

        var text = Encoding.ASCII.GetString(File.ReadAllBytes(path));
        var header = text[..text.IndexOf("\n\n", StringComparison.Ordinal)].Split('\n');

        Assert.Equal("NRRD0004", header[0]);
        Assert.Contains($"type: {typeName}", header);
        Assert.Contains("space: left-posterior-superior", header);
        Assert.Contains("sizes: 2 2 2", header);
        Assert.Contains("space directions: (1,0,0) (0,1,0) (0,0,1)", header);
        Assert.Contains("space origin: (0,0,0)", header);
        Assert.Contains("kinds: domain domain domain", header);
        Assert.Contains(compress ? "encoding: gzip" : "encoding: raw", header);
        Assert.Equal(type.SizeInBytes() > 1, header.Contains("endian: little"));
    }

    [Fact]
    public void GzipDataAreAStandardGzipStream()
    {
        var volume = SampleVolumes.Random(PixelType.Int32, ImageGeometry.Unit(new Size3(4, 3, 2)), 5);
        var path = _dir.File("g.nrrd");
        NrrdWriter.Write(volume, path);

        var bytes = File.ReadAllBytes(path);
        var start = Encoding.ASCII.GetString(bytes).IndexOf("\n\n", StringComparison.Ordinal) + 2;
        using var gzip = new GZipStream(new MemoryStream(bytes, start, bytes.Length - start), CompressionMode.Decompress);
        using var data = new MemoryStream();
        gzip.CopyTo(data);

        Assert.Equal(volume.Bytes.ToArray(), data.ToArray());
    }

    [Fact]
    public void ReplacesAnExistingFileAndLeavesNoTemporaryFiles()
    {
        var path = _dir.File("v.nrrd");
        File.WriteAllText(path, "old");

        NrrdWriter.Write(SampleVolumes.Random(PixelType.UInt8, ImageGeometry.Unit(new Size3(2, 2, 2)), 1), path);

        Assert.Equal(new[] { path }, Directory.GetFiles(_dir.Path));
        Assert.Equal(PixelType.UInt8, NrrdReader.Read(path).PixelType);
    }

    [Fact]
    public void MissingOutputFolderIsAnError()
    {
        var path = Path.Combine(_dir.Path, "no-such-folder", "v.nrrd");

        InvalidInput.Expect(() => NrrdWriter.Write(SampleVolumes.Random(PixelType.UInt8, ImageGeometry.Unit(new Size3(1, 1, 1)), 1), path),
            "folder", path);
    }

    [Fact]
    public void InvalidGeometryIsNotWritten()
    {
        var bad = new ImageGeometry(new Size3(1, 1, 1), new Vec3(1, 0, 1), default, Matrix3.Identity);
        var path = _dir.File("bad.nrrd");

        InvalidInput.Expect(() => NrrdWriter.Write(ImageVolume.Create(bad, new byte[1]), path), "spacing", path);
        Assert.Empty(Directory.GetFiles(_dir.Path));
    }
}
