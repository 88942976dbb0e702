using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Imaging.Tests.Support;
using SlicerBridge.Testing;

namespace SlicerBridge.Imaging.Tests.IO;

/// <summary>Hand-written NRRD headers for the variants the PyRadiomics fixtures do not cover, and every way a file can be bad.</summary>
public sealed class NrrdReaderTests : IDisposable
{
    private const string Lps = "space: left-posterior-superior\nspace directions: (1,0,0) (0,1,0) (0,0,1)\n";

    private static readonly short[] Shorts = [1, -2, 300, -32768, 32767, 0, 7, 8];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void BigEndianRawData()
    {
        var path = Save("be.nrrd", $"NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\n{Lps}endian: big\nencoding: raw\n\n", BigEndian(Shorts));

        Assert.Equal(Shorts, NrrdReader.Read(path).Voxels<short>().ToArray());
    }

    [Fact]
    public void BigEndianGzipDoubles()
    {
        double[] values = [Math.PI, -1e-300, double.MaxValue, 0.1, -0.0, 1, 2, 3];
        var data = new byte[64];
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteDoubleBigEndian(data.AsSpan(8 * i), values[i]);
        }

        var path = Save("be.nrrd", $"NRRD0004\ntype: double\ndimension: 3\nsizes: 2 2 2\n{Lps}endian: big\nencoding: gzip\n\n", Gzip(data));

        Assert.Equal(values, NrrdReader.Read(path).Voxels<double>().ToArray());
    }

    [Fact]
    public void RasSpaceIsConvertedToLps()
    {
        var path = Save("ras.nrrd",
            "NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\nspace: right-anterior-superior\n" +
            "space directions: (0.5,0,0) (0,0.6,0) (0,0,2)\nspace origin: (10,20,30)\nendian: little\nencoding: raw\n\n",
            LittleEndian(Shorts));

        var g = NrrdReader.Read(path).Geometry;

        Assert.Equal(new Matrix3(-1, 0, 0, 0, -1, 0, 0, 0, 1), g.Direction);
        Assert.Equal(new Vec3(0.5, 0.6, 2), g.Spacing);
        Assert.Equal(new Vec3(-10, -20, 30), g.Origin);
    }

    [Fact]
    public void LasSpaceFlipsOnlyY()
    {
        var path = Save("las.nrrd",
            "NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\nspace: left-anterior-superior\n" +
            "space directions: (1,0,0) (0,1,0) (0,0,1)\nspace origin: (10,20,30)\nencoding: raw\n\n",
            LittleEndian(Shorts));

        var g = NrrdReader.Read(path).Geometry;

        Assert.Equal(new Matrix3(1, 0, 0, 0, -1, 0, 0, 0, 1), g.Direction);
        Assert.Equal(new Vec3(10, -20, 30), g.Origin);
    }

    [Theory]
    [InlineData("raw")]
    [InlineData("gzip")]
    public void DetachedHeaderReadsItsDataFile(string encoding)
    {
        var dataName = encoding == "raw" ? "vol.raw" : "vol.raw.gz";
        var data = LittleEndian(Shorts);
        File.WriteAllBytes(_dir.File(dataName), encoding == "raw" ? data : Gzip(data));
        var path = Save("vol.nhdr", $"NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\n{Lps}encoding: {encoding}\ndata file: {dataName}\n", []);

        Assert.Equal(Shorts, VolumeIO.Read(path).Voxels<short>().ToArray());
    }

    [Fact]
    public void LineSkipInADetachedDataFile()
    {
        File.WriteAllBytes(_dir.File("vol.raw"), [.. "first line\nsecond\n"u8, .. LittleEndian(Shorts)]);
        var path = Save("vol.nhdr", $"NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\n{Lps}encoding: raw\nline skip: 2\ndata file: vol.raw\n", []);

        Assert.Equal(Shorts, NrrdReader.Read(path).Voxels<short>().ToArray());
    }

    [Fact]
    public void AsciiEncoding()
    {
        var path = Save("ascii.nrrd", $"NRRD0004\ntype: float\ndimension: 3\nsizes: 2 2 2\n{Lps}encoding: ascii\n\n",
            Encoding.ASCII.GetBytes("1.5 -2\n3e2 4\n\n5 6 7\n0.25\n"));

        Assert.Equal(new float[] { 1.5f, -2, 300, 4, 5, 6, 7, 0.25f }, NrrdReader.Read(path).Voxels<float>().ToArray());
    }

    [Fact]
    public void AsciiValueOutsideTheTypeIsAnError()
    {
        var path = Save("ascii.nrrd", $"NRRD0004\ntype: uchar\ndimension: 3\nsizes: 2 2 2\n{Lps}encoding: ascii\n\n",
            Encoding.ASCII.GetBytes("1 2 3 4 5 6 7 300\n"));

        InvalidInput.Expect(() => NrrdReader.Read(path), "does not fit", path);
    }

    [Fact]
    public void ByteSkipSkipsLeadingBytes()
    {
        var path = Save("skip.nrrd", $"NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\n{Lps}encoding: raw\nbyte skip: 5\n\n",
            [9, 9, 9, 9, 9, .. LittleEndian(Shorts)]);

        Assert.Equal(Shorts, NrrdReader.Read(path).Voxels<short>().ToArray());
    }

    [Fact]
    public void ByteSkipWithGzipCountsDecompressedBytes()
    {
        // As teem does (checked with unu minmax): the skipped bytes are inside the compressed stream.
        File.WriteAllBytes(_dir.File("vol.raw.gz"), Gzip([9, 9, 9, 9, 9, .. LittleEndian(Shorts)]));
        var path = Save("vol.nhdr", $"NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\n{Lps}encoding: gzip\nbyte skip: 5\ndata file: vol.raw.gz\n", []);

        Assert.Equal(Shorts, NrrdReader.Read(path).Voxels<short>().ToArray());
    }

    [Fact]
    public void ByteSkipMinusOneTakesTheLastBytes()
    {
        File.WriteAllBytes(_dir.File("vol.raw"), [1, 2, 3, .. LittleEndian(Shorts)]);
        var path = Save("vol.nhdr", $"NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\n{Lps}encoding: raw\nbyte skip: -1\ndata file: vol.raw\n", []);

        Assert.Equal(Shorts, NrrdReader.Read(path).Voxels<short>().ToArray());
    }

    [Fact]
    public void OldStyleSpacingsAndAxisMins()
    {
        var path = Save("old.nrrd", "NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\nspacings: 0.5 0.75 2\naxis mins: 1 2 3\nencoding: raw\n\n",
            LittleEndian(Shorts));

        var g = NrrdReader.Read(path).Geometry;

        Assert.Equal(new Vec3(0.5, 0.75, 2), g.Spacing);
        Assert.Equal(new Vec3(1, 2, 3), g.Origin);
        Assert.Equal(Matrix3.Identity, g.Direction);
    }

    [Fact]
    public void TwoDImageGetsTheSliceNormalAsThirdAxis()
    {
        var path = Save("2d.nrrd", "NRRD0004\ntype: short\ndimension: 2\nsizes: 4 2\nspace: left-posterior-superior\n" +
            "space directions: (0,0.5,0) (0,0,0.25)\nencoding: raw\n\n", LittleEndian(Shorts));

        var g = NrrdReader.Read(path).Geometry;

        Assert.Equal(new Size3(4, 2, 1), g.Size);
        Assert.Equal(new Vec3(0.5, 0.25, 1), g.Spacing);
        Assert.Equal(new Vec3(1, 0, 0), g.Direction.Column(2));
    }

    [Fact]
    public void CommentsKeyValuesCaseAndCrLfAreAccepted()
    {
        var header = $"NRRD0005\r\n# a comment\r\ntype: SHORT\r\ndimension: 3\r\nsizes: 2 2 2\r\n{Lps.Replace("\n", "\r\n", StringComparison.Ordinal)}" +
            "encoding: raw\r\nmodality:=CT: abdomen\r\ncontent: a:=b\r\n\r\n";
        var path = Save("crlf.nrrd", header, LittleEndian(Shorts));

        Assert.Equal(Shorts, NrrdReader.Read(path).Voxels<short>().ToArray());
    }

    [Fact]
    public void MissingFileIsAnError()
    {
        var path = _dir.File("absent.nrrd");

        InvalidInput.Expect(() => NrrdReader.Read(path), "not found", path);
    }

    [Fact]
    public void MissingDataFileIsAnError()
    {
        var path = Save("vol.nhdr", $"NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\n{Lps}encoding: raw\ndata file: gone.raw\n", []);

        InvalidInput.Expect(() => NrrdReader.Read(path), "not found", _dir.File("gone.raw"));
    }

    [Fact]
    public void Bzip2EncodingIsNamed()
    {
        var path = Save("bz.nrrd", $"NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\n{Lps}encoding: bzip2\n\n", new byte[16]);

        InvalidInput.Expect(() => NrrdReader.Read(path), "bzip2", path);
    }

    [Fact]
    public void TruncatedRawDataIsAnError()
    {
        var path = Save("cut.nrrd", $"NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\n{Lps}encoding: raw\n\n", new byte[15]);

        InvalidInput.Expect(() => NrrdReader.Read(path), "truncated", path);
    }

    [Fact]
    public void TruncatedGzipDataIsAnError()
    {
        var data = new byte[64 * 64 * 16];
        new Random(1).NextBytes(data);
        var gz = Gzip(data);
        var path = Save("cut.nrrd", $"NRRD0004\ntype: uchar\ndimension: 3\nsizes: 64 64 16\n{Lps}encoding: gzip\n\n", gz[..(gz.Length / 2)]);

        Assert.Equal(path, Assert.Throws<InvalidInputException>(() => NrrdReader.Read(path)).Where);
    }

    [Fact]
    public void GzipOfTooFewBytesIsTruncated()
    {
        var path = Save("short.nrrd", $"NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\n{Lps}encoding: gzip\n\n", Gzip(new byte[10]));

        InvalidInput.Expect(() => NrrdReader.Read(path), "truncated", path);
    }

    [Fact]
    public void CorruptGzipIsAnError()
    {
        var gz = Gzip(LittleEndian(Shorts));
        gz.AsSpan(10, gz.Length - 18).Fill(0xff);
        var path = Save("bad.nrrd", $"NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\n{Lps}encoding: gzip\n\n", gz);

        InvalidInput.Expect(() => NrrdReader.Read(path), "corrupt", path);
    }

    [Fact]
    public void HugeHeaderFailsBeforeAllocating()
    {
        var path = Save("huge.nrrd", $"NRRD0004\ntype: short\ndimension: 3\nsizes: 100000 100000 100000\n{Lps}encoding: raw\n\n", new byte[16]);

        var before = GC.GetAllocatedBytesForCurrentThread();
        InvalidInput.Expect(() => NrrdReader.Read(path), "exceeds", path);

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20);
    }

    [Fact]
    public void CallersLimitsApply()
    {
        var path = Save("small.nrrd", $"NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\n{Lps}encoding: raw\n\n", LittleEndian(Shorts));

        InvalidInput.Expect(() => NrrdReader.Read(path, new ImagingLimits { MaxBytes = 15 }), "memory cap", path);
    }

    [Fact]
    public void BadMagicIsAnError()
    {
        var path = Save("bad.nrrd", $"NRRX0004\ntype: short\ndimension: 3\nsizes: 2 2 2\n{Lps}encoding: raw\n\n", LittleEndian(Shorts));

        InvalidInput.Expect(() => NrrdReader.Read(path), "not a NRRD file", path);
    }

    [Theory]
    [InlineData("space directions: (0,0,0) (0,1,0) (0,0,1)\n", "no length")]
    [InlineData("spacings: 1 0 1\n", "spacing")]
    [InlineData("spacings: -1 1 1\n", "spacing")]
    [InlineData("spacings: nan 1 1\n", "spacings")]
    [InlineData("space directions: (1,0,0) (1,1,0) (0,0,1)\n", "orthonormal")]
    public void BadSpacingOrDirectionIsAnError(string geometry, string fragment)
    {
        var space = geometry.StartsWith("space", StringComparison.Ordinal) ? "space: left-posterior-superior\n" : "";
        var path = Save("bad.nrrd", $"NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\n{space}{geometry}encoding: raw\n\n", LittleEndian(Shorts));

        InvalidInput.Expect(() => NrrdReader.Read(path), fragment, path);
    }

    [Theory]
    [InlineData("kinds: vector domain domain\n", "not spatial")]
    [InlineData("space origin: (0,0,0) (1,1,1)\n", "one vector")]
    [InlineData("type: long long\n", "type")]
    public void UnsupportedHeadersAreNamed(string extra, string fragment)
    {
        var type = extra.StartsWith("type", StringComparison.Ordinal) ? "" : "type: short\n";
        var path = Save("bad.nrrd", $"NRRD0004\n{type}{extra}dimension: 3\nsizes: 2 2 2\n{Lps}encoding: raw\n\n", LittleEndian(Shorts));

        InvalidInput.Expect(() => NrrdReader.Read(path), fragment, path);
    }

    [Fact]
    public void FourDimensionsAreAnError()
    {
        var path = Save("4d.nrrd", "NRRD0004\ntype: short\ndimension: 4\nsizes: 2 2 2 1\nencoding: raw\n\n", LittleEndian(Shorts));

        InvalidInput.Expect(() => NrrdReader.Read(path), "dimension 4", path);
    }

    private static byte[] LittleEndian(short[] values)
    {
        var data = new byte[values.Length * 2];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan(2 * i), values[i]);
        }

        return data;
    }

    private static byte[] BigEndian(short[] values)
    {
        var data = new byte[values.Length * 2];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt16BigEndian(data.AsSpan(2 * i), values[i]);
        }

        return data;
    }

    private static byte[] Gzip(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }

        return buffer.ToArray();
    }

    private string Save(string name, string header, byte[] data)
    {
        var path = _dir.File(name);
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes(header), .. data]);
        return path;
    }
}
