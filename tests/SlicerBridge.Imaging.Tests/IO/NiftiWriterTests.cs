using System.Buffers.Binary;
using System.Text;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Imaging.Tests.Support;
using SlicerBridge.Testing;

namespace SlicerBridge.Imaging.Tests.IO;

/// <summary>
/// NIfTI-1 keeps geometry in float32, so an oblique grid comes back to float precision: for the sample
/// origin near 123 mm that is at most 4e-6 mm (half an ulp), directions and spacings within 1e-6.
/// A grid whose numbers are floats comes back exactly.
/// </summary>
public sealed class NiftiWriterTests : IDisposable
{
    private const double FloatTolerance = 1e-6;

    private const double FloatOriginTolerance = 1e-5;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<PixelType, string> TypesAndNames()
    {
        var data = new TheoryData<PixelType, string>();
        foreach (var type in Enum.GetValues<PixelType>())
        {
            data.Add(type, "v.nii");
            data.Add(type, "v.nii.gz");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TypesAndNames))]
    public void RoundTripKeepsVoxelsBitForBitAndGeometryToFloatPrecision(PixelType type, string name)
    {
        var volume = SampleVolumes.Random(type, SampleVolumes.Oblique(new Size3(5, 4, 3), mirrored: type == PixelType.Int16), (int)type);
        var path = _dir.File(name);

        NiftiWriter.Write(volume, path);
        var back = NiftiReader.Read(path);

        Assert.Equal(type, back.PixelType);
        Assert.True(volume.Bytes.SequenceEqual(back.Bytes));
        GeometryAssert.Equal(volume.Geometry, back.Geometry, FloatTolerance, FloatOriginTolerance, FloatTolerance);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FloatRepresentableGeometryRoundTripsExactly(bool mirrored)
    {
        var direction = new Matrix3(0, -1, 0, 1, 0, 0, 0, 0, mirrored ? -1 : 1);
        var geometry = new ImageGeometry(new Size3(3, 2, 2), new Vec3(0.5, 0.75, 2.5), new Vec3(-100.25, 50.5, -3), direction);
        var path = _dir.File("exact.nii.gz");

        NiftiWriter.Write(SampleVolumes.Random(PixelType.Int16, geometry, 1), path);

        Assert.Equal(geometry, NiftiReader.Read(path).Geometry);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void QformAloneAlsoReproducesTheGeometry(bool mirrored)
    {
        var volume = SampleVolumes.Random(PixelType.UInt8, SampleVolumes.Oblique(new Size3(3, 3, 3), mirrored), 2);
        var path = _dir.File("q.nii");
        NiftiWriter.Write(volume, path);

        // Zero sform_code so the reader must rebuild the grid from the quaternion, qfac and qoffset.
        var bytes = File.ReadAllBytes(path);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(254), 0);
        File.WriteAllBytes(path, bytes);

        GeometryAssert.Equal(volume.Geometry, NiftiReader.Read(path).Geometry, FloatTolerance, FloatOriginTolerance, FloatTolerance);
    }

    [Fact]
    public void HeaderFieldsAreThoseItkWrites()
    {
        var path = _dir.File("h.nii");
        NiftiWriter.Write(SampleVolumes.Random(PixelType.Float32, SampleVolumes.Oblique(new Size3(4, 3, 2)), 1), path);
        var h = File.ReadAllBytes(path);

        Assert.Equal(348, BinaryPrimitives.ReadInt32LittleEndian(h));
        Assert.Equal("n+1\0", Encoding.ASCII.GetString(h, 344, 4));
        Assert.Equal(new short[] { 3, 4, 3, 2, 1 }, Enumerable.Range(0, 5).Select(i => BinaryPrimitives.ReadInt16LittleEndian(h.AsSpan(40 + 2 * i))));
        Assert.Equal(16, BinaryPrimitives.ReadInt16LittleEndian(h.AsSpan(70)));
        Assert.Equal(32, BinaryPrimitives.ReadInt16LittleEndian(h.AsSpan(72)));
        Assert.Equal(352f, BinaryPrimitives.ReadSingleLittleEndian(h.AsSpan(108)));
        Assert.Equal(1f, BinaryPrimitives.ReadSingleLittleEndian(h.AsSpan(112)));
        Assert.Equal(0f, BinaryPrimitives.ReadSingleLittleEndian(h.AsSpan(116)));
        Assert.Equal(2 | 8, h[123]);
        Assert.Equal(1, BinaryPrimitives.ReadInt16LittleEndian(h.AsSpan(252)));
        Assert.Equal(1, BinaryPrimitives.ReadInt16LittleEndian(h.AsSpan(254)));
        Assert.Equal(352 + 4 * 24, h.Length);
    }

    [Fact]
    public void AxisLongerThanNiftiAllowsIsAnError()
    {
        var path = _dir.File("long.nii");
        var volume = ImageVolume.Create(ImageGeometry.Unit(new Size3(40000, 1, 1)), new byte[40000]);

        InvalidInput.Expect(() => NiftiWriter.Write(volume, path), "32767", path);
        Assert.False(File.Exists(path));
    }
}
