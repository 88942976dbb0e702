using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Imaging.Tests.Support;
using SlicerBridge.Testing;

namespace SlicerBridge.Imaging.Tests.IO;

public sealed class VolumeIOTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("a.nrrd", VolumeFormat.Nrrd)]
    [InlineData("A.NRRD", VolumeFormat.Nrrd)]
    [InlineData("a.nhdr", VolumeFormat.Nrrd)]
    [InlineData("a.nii", VolumeFormat.Nifti)]
    [InlineData("a.Nii.Gz", VolumeFormat.Nifti)]
    [InlineData("dir.nrrd/a.nii.gz", VolumeFormat.Nifti)]
    public void FormatFollowsTheExtension(string name, VolumeFormat format) => Assert.Equal(format, VolumeIO.FormatOf(name));

    [Theory]
    [InlineData("a.mha", "'.mha'")]
    [InlineData("a.tar.gz", "'.tar.gz'")]
    [InlineData("scan", "(none)")]
    [InlineData("a.hdr", ".hdr/.img")]
    [InlineData("a.img.gz", ".hdr/.img")]
    public void OtherExtensionsAreNamedErrors(string name, string fragment)
    {
        var path = _dir.File(name);

        InvalidInput.Expect(() => VolumeIO.Read(path), fragment, path);
        InvalidInput.Expect(() => VolumeIO.Write(SampleVolumes.Random(PixelType.UInt8, ImageGeometry.Unit(new Size3(1, 1, 1)), 1), path), fragment, path);
    }

    [Theory]
    [InlineData("v.nrrd")]
    [InlineData("v.nii")]
    [InlineData("v.nii.gz")]
    public void WritesAndReadsEachFormat(string name)
    {
        var volume = SampleVolumes.Random(PixelType.Int16, SampleVolumes.Oblique(new Size3(3, 2, 2)), 8);
        var path = _dir.File(name);

        VolumeIO.Write(volume, path);
        var back = VolumeIO.Read(path);

        Assert.True(volume.Bytes.SequenceEqual(back.Bytes));
        // NIfTI keeps float32 geometry: 1e-6 for spacing and direction, 1e-5 mm for the origin near 123 mm.
        GeometryAssert.Equal(volume.Geometry, back.Geometry, 1e-6, 1e-5, 1e-6);
    }

    [Fact]
    public void NiiGzIsCompressedAndNiiIsNot()
    {
        var volume = ImageVolume.Create(ImageGeometry.Unit(new Size3(16, 16, 16)), new short[4096]);
        VolumeIO.Write(volume, _dir.File("v.nii"));
        VolumeIO.Write(volume, _dir.File("v.nii.gz"));

        Assert.Equal(352 + 8192, new FileInfo(_dir.File("v.nii")).Length);
        Assert.True(new FileInfo(_dir.File("v.nii.gz")).Length < 1000);
    }

    [Fact]
    public void DetachedNrrdIsReadOnly()
    {
        var path = _dir.File("v.nhdr");

        InvalidInput.Expect(() => VolumeIO.Write(SampleVolumes.Random(PixelType.UInt8, ImageGeometry.Unit(new Size3(1, 1, 1)), 1), path), ".nhdr", path);
    }

    [Theory]
    [InlineData("absent.nrrd")]
    [InlineData("absent.nii.gz")]
    public void MissingFileIsAnError(string name)
    {
        var path = _dir.File(name);

        InvalidInput.Expect(() => VolumeIO.Read(path), "file not found", path);
    }

    [Fact]
    public void ADirectoryIsNotAFile()
    {
        var path = Path.Combine(_dir.Path, "folder.nrrd");
        Directory.CreateDirectory(path);

        InvalidInput.Expect(() => VolumeIO.Read(path), "file not found", path);
    }
}
