using SlicerBridge.Dicom.SecondaryCapture;
using SlicerBridge.Dicom.Series;
using SlicerBridge.Dicom.StructuredReport;
using SlicerBridge.Imaging;
using SlicerBridge.Testing.Dicom;

namespace SlicerBridge.Dicom.Tests.SecondaryCapture;

public sealed class SecondaryCaptureRoundTripTests
{
    [Fact]
    public void RgbPixelsAndStudyIdentityRoundTrip()
    {
        var source = new CtSeriesAssembler().Assemble(SyntheticStudy.Create(SyntheticPhase.Arterial, "sc").ReadBack());
        var image = Gradient(37, 21); // odd width and height: 2331 bytes of pixel data, padded to even on disk

        var written = SecondaryCaptureWriter.Create(source.Header, image, new SecondaryCaptureOptions { Uids = UidSource.Derived("sc-test") });
        var read = DicomFile.Read(new DicomFile(written).ToBytes()).Dataset;
        var pixels = SecondaryCaptureWriter.ReadImage(read);

        Assert.Equal((37, 21), (pixels.Width, pixels.Height));
        Assert.Equal(image.Pixels, pixels.Pixels);
        Assert.Equal(SecondaryCaptureWriter.SecondaryCaptureImageStorage, read.GetString(DicomTag.SOPClassUID));
        Assert.Equal(source.StudyInstanceUid, read.GetString(DicomTag.StudyInstanceUID));
        Assert.Equal(UidSource.Derived("sc-test").Create("sc-series"), read.GetString(DicomTag.SeriesInstanceUID));
        Assert.Equal(SyntheticStudy.PatientName, read.GetString(DicomTag.PatientName));
        Assert.Equal("RGB", read.GetString(DicomTag.PhotometricInterpretation));
        Assert.Equal([3.0], read.GetDoubles(DicomTag.SamplesPerPixel));
    }

    [Theory]
    [InlineData(0, 10, 0)]
    [InlineData(10, 10, 299)]
    [InlineData(70000, 1, 210000)]
    public void WrongSizesAreRejected(int width, int height, int bytes) =>
        Assert.Throws<InvalidInputException>(() => new RgbImage(width, height, new byte[bytes]));

    [Fact]
    public void NonRgbImagesAreNotReadAsRgb()
    {
        var ct = SyntheticStudy.Create(SyntheticPhase.Arterial, "sc-ct").ReadBack()[0];

        var error = Assert.Throws<InvalidInputException>(() => SecondaryCaptureWriter.ReadImage(ct));

        Assert.Contains("RGB", error.Message);
    }

    private static RgbImage Gradient(int width, int height)
    {
        var pixels = new byte[3 * width * height];
        for (var i = 0; i < width * height; i++)
        {
            pixels[3 * i] = (byte)(i % width * 7);
            pixels[3 * i + 1] = (byte)(i / width * 11);
            pixels[3 * i + 2] = (byte)(i * 13);
        }

        return new RgbImage(width, height, pixels);
    }
}
