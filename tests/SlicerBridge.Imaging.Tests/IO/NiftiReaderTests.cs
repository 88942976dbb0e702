using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Imaging.Tests.Support;
using SlicerBridge.Testing;

namespace SlicerBridge.Imaging.Tests.IO;

/// <summary>
/// Hand-built NIfTI-1 files against the behaviour of ITK 5.x's NiftiImageIO (qform/sform choice, RAS to
/// LPS, pixdim, scl_slope/scl_inter, dimensions). Geometry stored as float32 is compared within 1e-6.
/// </summary>
public sealed class NiftiReaderTests : IDisposable
{
    private const double FloatTolerance = 1e-6;

    private static readonly float Sin45 = (float)Math.Sqrt(0.5);

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void QformAloneGivesRotationOriginAndSpacing()
    {
        // Quaternion (0, 0, sin 45°): 90° about z, so i runs anterior (RAS +y = LPS -y) and j runs right.
        var volume = Read(new NiftiFile
        {
            PixDim = [1, 1, 2, 3, 0, 0, 0, 0],
            QformCode = 1,
            Quatern = [0, 0, Sin45, 10, 20, 30],
        });

        GeometryAssert.Equal(Matrix3.FromColumns(new Vec3(0, -1, 0), new Vec3(1, 0, 0), new Vec3(0, 0, 1)), volume.Geometry.Direction, FloatTolerance);
        Assert.Equal(new Vec3(-10, -20, 30), volume.Geometry.Origin);
        Assert.Equal(new Vec3(1, 2, 3), volume.Geometry.Spacing);
    }

    [Fact]
    public void NegativeQfacMirrorsTheThirdAxis()
    {
        var volume = Read(new NiftiFile { PixDim = [-1, 1, 1, 1, 0, 0, 0, 0], QformCode = 1 });

        Assert.Equal(new Matrix3(-1, 0, 0, 0, -1, 0, 0, 0, -1), volume.Geometry.Direction);
    }

    [Fact]
    public void ScannerAnatSformWinsOverADifferentQform()
    {
        var volume = Read(new NiftiFile
        {
            PixDim = [1, 1, 2, 3, 0, 0, 0, 0],
            QformCode = 1,
            Quatern = [0, 0, 0, 1, 2, 3],
            SformCode = 1,
            Srow = RotationAboutXSrow,
        });

        Assert.Equal(new Matrix3(-1, 0, 0, 0, 0, 1, 0, 1, 0), volume.Geometry.Direction);
        Assert.Equal(new Vec3(-5, -6, 7), volume.Geometry.Origin);
    }

    [Fact]
    public void AlignedAnatSformLosesToADifferentQform()
    {
        var volume = Read(new NiftiFile
        {
            PixDim = [1, 1, 2, 3, 0, 0, 0, 0],
            QformCode = 1,
            Quatern = [0, 0, 0, 1, 2, 3],
            SformCode = 2,
            Srow = RotationAboutXSrow,
        });

        Assert.Equal(new Matrix3(-1, 0, 0, 0, -1, 0, 0, 0, 1), volume.Geometry.Direction);
        Assert.Equal(new Vec3(-1, -2, 3), volume.Geometry.Origin);
    }

    [Fact]
    public void AlignedAnatSformWinsWhenItDescribesTheSameSpaceAsTheQform()
    {
        // Offsets differ by 5e-5: beyond ITK's element-wise test (1e-7) but within its same-space test (1e-4),
        // so ITK takes the sform, and its origin shows it.
        var volume = Read(new NiftiFile
        {
            PixDim = [1, 1, 2, 3, 0, 0, 0, 0],
            QformCode = 1,
            Quatern = [0, 0, 0, 1, 2, 3],
            SformCode = 2,
            Srow = [1, 0, 0, 1.00005f, 0, 2, 0, 2, 0, 0, 3, 3],
        });

        Assert.Equal(-(double)1.00005f, volume.Geometry.Origin.X);
    }

    [Fact]
    public void ShearedSformFallsBackToTheQform()
    {
        var volume = Read(new NiftiFile
        {
            QformCode = 1,
            Quatern = [0, 0, 0, 1, 2, 3],
            SformCode = 1,
            Srow = [1, 0.5f, 0, 9, 0, 1, 0, 9, 0, 0, 1, 9],
        });

        Assert.Equal(new Vec3(-1, -2, 3), volume.Geometry.Origin);
    }

    [Fact]
    public void ShearedSformWithoutQformIsAnError()
    {
        var path = Save(new NiftiFile { SformCode = 1, Srow = [1, 0.5f, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0] });

        InvalidInput.Expect(() => NiftiReader.Read(path), "shear", path);
    }

    [Fact]
    public void SformAloneIsUsed()
    {
        var volume = Read(new NiftiFile { PixDim = [1, 1, 2, 3, 0, 0, 0, 0], SformCode = 2, Srow = RotationAboutXSrow });

        Assert.Equal(new Matrix3(-1, 0, 0, 0, 0, 1, 0, 1, 0), volume.Geometry.Direction);
        Assert.Equal(new Vec3(-5, -6, 7), volume.Geometry.Origin);
    }

    [Fact]
    public void WithoutTransformCodesTheGridIsAxisAlignedAtZero()
    {
        var volume = Read(new NiftiFile { PixDim = [1, 0.5f, 0.5f, 2, 0, 0, 0, 0], Srow = RotationAboutXSrow });

        Assert.Equal(Matrix3.Identity, volume.Geometry.Direction);
        Assert.Equal(default, volume.Geometry.Origin);
        Assert.Equal(new Vec3(0.5, 0.5, 2), volume.Geometry.Spacing);
    }

    [Fact]
    public void BigEndianHeaderAndDataRead()
    {
        var little = Read(new NiftiFile { QformCode = 1, Quatern = [0, 0, Sin45, 10, 20, 30] }.Int16Data(1, -2, 300, -32768, 32767, 0, 7, 8));
        var big = Read(new NiftiFile { BigEndian = true, QformCode = 1, Quatern = [0, 0, Sin45, 10, 20, 30] }.Int16Data(1, -2, 300, -32768, 32767, 0, 7, 8));

        Assert.Equal(new short[] { 1, -2, 300, -32768, 32767, 0, 7, 8 }, big.Voxels<short>().ToArray());
        Assert.Equal(little.Geometry, big.Geometry);
    }

    public static TheoryData<short, PixelType> DataTypes => new()
    {
        { 2, PixelType.UInt8 }, { 256, PixelType.Int8 }, { 4, PixelType.Int16 }, { 512, PixelType.UInt16 },
        { 8, PixelType.Int32 }, { 768, PixelType.UInt32 }, { 16, PixelType.Float32 }, { 64, PixelType.Float64 },
    };

    [Theory]
    [MemberData(nameof(DataTypes))]
    public void EveryScalarDataTypeReadsBitForBit(short code, PixelType expected)
    {
        var data = new byte[8 * expected.SizeInBytes()];
        new Random(code).NextBytes(data);

        var volume = Read(new NiftiFile { DataType = code, BitPix = (short)(8 * expected.SizeInBytes()), Data = data, SclSlope = 0 });

        Assert.Equal(expected, volume.PixelType);
        Assert.Equal(data, volume.Bytes.ToArray());
    }

    [Theory]
    [InlineData(32, "complex64")]
    [InlineData(128, "RGB24")]
    [InlineData(1024, "int64")]
    [InlineData(0, "unknown")]
    public void UnsupportedDataTypesAreNamed(short code, string name)
    {
        var path = Save(new NiftiFile { DataType = code, Data = new byte[64] });

        var e = InvalidInput.Expect(() => NiftiReader.Read(path), name, path);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IntegerDataWithSlopeAndInterceptBecomeFloat32()
    {
        var volume = Read(new NiftiFile { SclSlope = 2, SclInter = -1 }.Int16Data(0, 1, 2, 3, -4, 100, 32767, -32768));

        Assert.Equal(PixelType.Float32, volume.PixelType);
        Assert.Equal(new float[] { -1, 1, 3, 5, -9, 199, 65533, -65537 }, volume.Voxels<float>().ToArray());
    }

    [Fact]
    public void Int32BeyondFloatPrecisionRoundsAsInItk()
    {
        // ITK casts to float before scaling: 16777217 -> 16777216, + 0.5 -> 16777216.5 -> 16777216 as float.
        var data = new byte[32];
        BitConverter.TryWriteBytes(data, 16777217);
        var volume = Read(new NiftiFile { DataType = 8, BitPix = 32, SclSlope = 1, SclInter = 0.5f, Data = data });

        Assert.Equal(16777216f, volume.Voxels<float>()[0]);
        Assert.Equal(0.5f, volume.Voxels<float>()[1]);
    }

    [Theory]
    [InlineData(0f, 0f)]
    [InlineData(1f, 0f)]
    [InlineData(float.NaN, float.NaN)]
    public void IdentityOrAbsentScalingKeepsTheType(float slope, float inter)
    {
        var volume = Read(new NiftiFile { SclSlope = slope, SclInter = inter }.Int16Data(1, 2, 3, 4, 5, 6, 7, 8));

        Assert.Equal(PixelType.Int16, volume.PixelType);
        Assert.Equal(new short[] { 1, 2, 3, 4, 5, 6, 7, 8 }, volume.Voxels<short>().ToArray());
    }

    [Fact]
    public void ZeroSlopeWithAnInterceptStillShiftsAsInItk()
    {
        // nifti1.h says a zero slope means no scaling; ITK replaces it by 1 and still adds the intercept.
        var volume = Read(new NiftiFile { SclSlope = 0, SclInter = 5 }.Int16Data(1, 2, 3, 4, 5, 6, 7, 8));

        Assert.Equal(new float[] { 6, 7, 8, 9, 10, 11, 12, 13 }, volume.Voxels<float>().ToArray());
    }

    [Fact]
    public void FloatDataAreScaledInTheirOwnType()
    {
        var data = new byte[64];
        for (var i = 0; i < 8; i++)
        {
            BitConverter.TryWriteBytes(data.AsSpan(8 * i), 0.1 * i);
        }

        var volume = Read(new NiftiFile { DataType = 64, BitPix = 64, SclSlope = 0.5f, SclInter = 10, Data = data });

        Assert.Equal(PixelType.Float64, volume.PixelType);
        Assert.Equal(Enumerable.Range(0, 8).Select(i => 0.1 * i * 0.5 + 10), volume.Voxels<double>().ToArray());
    }

    [Theory]
    [InlineData(1, 0.001f, 1e3)] // metres
    [InlineData(3, 500f, 1e-3)] // microns
    [InlineData(2, 0.75f, 1.0)] // millimetres
    [InlineData(0, 0.75f, 1.0)] // unknown: taken as millimetres
    public void SpacingIsConvertedToMillimetres(byte units, float pixdim, double scale)
    {
        var volume = Read(new NiftiFile { XyztUnits = units, PixDim = [1, pixdim, pixdim, pixdim, 0, 0, 0, 0] });

        Assert.Equal(pixdim * scale, volume.Geometry.Spacing.X);
    }

    [Fact]
    public void FourDWithOneTimePointIsThreeD()
    {
        var volume = Read(new NiftiFile { Dim = [5, 2, 2, 2, 1, 1, 1, 1] }.Int16Data(1, 2, 3, 4, 5, 6, 7, 8));

        Assert.Equal(new Size3(2, 2, 2), volume.Size);
    }

    [Fact]
    public void RealFourDIsAnError()
    {
        var path = Save(new NiftiFile { Dim = [4, 2, 2, 2, 3, 1, 1, 1], Data = new byte[48] });

        InvalidInput.Expect(() => NiftiReader.Read(path), "4 dimensions", path);
    }

    [Fact]
    public void TwoDImageGetsAUnitThirdAxis()
    {
        var volume = Read(new NiftiFile { Dim = [2, 4, 2, 1, 1, 1, 1, 1], PixDim = [1, 0.5f, 0.25f, 0, 0, 0, 0, 0] }.Int16Data(1, 2, 3, 4, 5, 6, 7, 8));

        Assert.Equal(new Size3(4, 2, 1), volume.Size);
        Assert.Equal(new Vec3(0.5, 0.25, 1), volume.Geometry.Spacing);
    }

    [Fact]
    public void ExtensionsBeforeTheDataAreSkipped()
    {
        var volume = Read(new NiftiFile { VoxOffset = 400 }.Int16Data(1, 2, 3, 4, 5, 6, 7, 8));

        Assert.Equal(new short[] { 1, 2, 3, 4, 5, 6, 7, 8 }, volume.Voxels<short>().ToArray());
    }

    [Fact]
    public void GzipIsRecognisedByContentNotName()
    {
        var gz = Save(new NiftiFile().Int16Data(1, 2, 3, 4, 5, 6, 7, 8), "a.nii.gz");
        var misnamed = _dir.File("b.nii");
        File.Copy(gz, misnamed);

        Assert.Equal(new short[] { 1, 2, 3, 4, 5, 6, 7, 8 }, NiftiReader.Read(misnamed).Voxels<short>().ToArray());
    }

    [Theory]
    [InlineData(0f)]
    [InlineData(-1f)]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    public void BadPixdimIsAnError(float pixdim)
    {
        var path = Save(new NiftiFile { PixDim = [1, 1, pixdim, 1, 0, 0, 0, 0] }.Int16Data(1, 2, 3, 4, 5, 6, 7, 8));

        InvalidInput.Expect(() => NiftiReader.Read(path), "spacing", path);
    }

    [Fact]
    public void HeaderImagePairIsAnError()
    {
        var path = Save(new NiftiFile { Magic = "ni1" });

        InvalidInput.Expect(() => NiftiReader.Read(path), ".hdr/.img", path);
    }

    [Theory]
    [InlineData(348, "xyz", "not a NIfTI-1 file")]
    [InlineData(540, "n+1", "NIfTI-2")]
    [InlineData(1234, "n+1", "not a NIfTI-1 file")]
    public void BadMagicOrHeaderSizeIsAnError(int sizeOfHeader, string magic, string fragment)
    {
        var path = Save(new NiftiFile { SizeOfHeader = sizeOfHeader, Magic = magic }.Int16Data(1, 2, 3, 4, 5, 6, 7, 8));

        InvalidInput.Expect(() => NiftiReader.Read(path), fragment, path);
    }

    [Fact]
    public void ShortHeaderIsAnError()
    {
        var path = _dir.File("short.nii");
        File.WriteAllBytes(path, new NiftiFile().ToBytes()[..200]);

        InvalidInput.Expect(() => NiftiReader.Read(path), "too short", path);
    }

    [Theory]
    [InlineData("a.nii")]
    [InlineData("a.nii.gz")]
    public void TruncatedDataIsAnError(string name)
    {
        var path = Save(new NiftiFile().Int16Data(1, 2, 3, 4, 5), name);

        InvalidInput.Expect(() => NiftiReader.Read(path), "truncated", path);
    }

    [Fact]
    public void TruncatedGzipStreamIsAnError()
    {
        var full = Save(new NiftiFile { Dim = [3, 64, 64, 8, 1, 1, 1, 1] }.Int16Data(new short[64 * 64 * 8]), "full.nii.gz");
        var path = _dir.File("cut.nii.gz");
        var bytes = File.ReadAllBytes(full);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        Assert.Throws<InvalidInputException>(() => NiftiReader.Read(path));
    }

    [Fact]
    public void CorruptGzipIsAnError()
    {
        var path = Save(new NiftiFile().Int16Data(1, 2, 3, 4, 5, 6, 7, 8), "a.nii.gz");
        var bytes = File.ReadAllBytes(path);
        bytes.AsSpan(10, 20).Fill(0xff);
        File.WriteAllBytes(path, bytes);

        InvalidInput.Expect(() => NiftiReader.Read(path), "corrupt", path);
    }

    [Fact]
    public void HugeHeaderFailsBeforeAllocating()
    {
        var path = Save(new NiftiFile { Dim = [3, 32767, 32767, 32767, 1, 1, 1, 1] });

        var before = GC.GetAllocatedBytesForCurrentThread();
        InvalidInput.Expect(() => NiftiReader.Read(path), "exceeds", path);

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1 << 20);
    }

    [Fact]
    public void VectorIntentIsAnError()
    {
        var path = Save(new NiftiFile { IntentCode = 1007 }.Int16Data(1, 2, 3, 4, 5, 6, 7, 8));

        InvalidInput.Expect(() => NiftiReader.Read(path), "vector", path);
    }

    [Fact]
    public void DataOffsetInsideTheHeaderIsAnError()
    {
        var path = _dir.File("offset.nii");
        var bytes = new NiftiFile().Int16Data(1, 2, 3, 4, 5, 6, 7, 8).ToBytes();
        BitConverter.TryWriteBytes(bytes.AsSpan(108), 100f);
        File.WriteAllBytes(path, bytes);

        InvalidInput.Expect(() => NiftiReader.Read(path), "vox_offset", path);
    }

    [Fact]
    public void DataOffsetPastTheEndIsAnError()
    {
        var path = _dir.File("offset.nii");
        var bytes = new NiftiFile().Int16Data(1, 2, 3, 4, 5, 6, 7, 8).ToBytes();
        BitConverter.TryWriteBytes(bytes.AsSpan(108), 4096f);
        File.WriteAllBytes(path, bytes);

        InvalidInput.Expect(() => NiftiReader.Read(path), "before its data", path);
    }

    [Fact]
    public void CallersLimitsApply()
    {
        var path = Save(new NiftiFile().Int16Data(1, 2, 3, 4, 5, 6, 7, 8));

        InvalidInput.Expect(() => NiftiReader.Read(path, new ImagingLimits { MaxVoxels = 7 }), "exceeds", path);
    }

    [Fact]
    public void MissingFileIsAnError()
    {
        var path = _dir.File("absent.nii.gz");

        InvalidInput.Expect(() => NiftiReader.Read(path), "not found", path);
    }

    /// <summary>srow for RAS = 90° about x with pixdim (1, 2, 3) and offset (5, 6, 7): LPS columns (-1,0,0), (0,0,1), (0,1,0).</summary>
    private static float[] RotationAboutXSrow => [1, 0, 0, 5, 0, 0, -3, 6, 0, 2, 0, 7];

    private string Save(NiftiFile file, string name = "test.nii") => file.Save(_dir.File(name));

    private ImageVolume Read(NiftiFile file)
    {
        if (file.Data.Length == 0)
        {
            file.Int16Data(new short[8]);
        }

        return NiftiReader.Read(Save(file, Guid.NewGuid().ToString("N") + ".nii"));
    }
}
