using SlicerBridge.Dicom.Series;
using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.Tests.Series;

public sealed class PixelFormatTests
{
    [Theory]
    [InlineData(16, 16, 15, 1, 0xFC00, -1024)]
    [InlineData(16, 16, 15, 0, 0xFC00, 64512)]
    [InlineData(16, 12, 11, 0, 0xF123, 0x123)] // bits above HighBit (overlay or garbage) are ignored
    [InlineData(16, 12, 11, 1, 0x0FFF, -1)] // 12-bit two's complement
    [InlineData(16, 12, 11, 1, 0x07FF, 2047)]
    [InlineData(16, 12, 15, 0, 0xABC0, 0xABC)] // stored bits at the top of the word
    [InlineData(8, 8, 7, 1, 0xF0, -16)]
    public void StoredValueIsMaskedAndSignExtended(int allocated, int stored, int high, int representation, int raw, int expected)
    {
        var dataset = Dataset(allocated, stored, high, representation);
        var bytes = allocated == 16 ? new[] { (byte)raw, (byte)(raw >> 8) } : new[] { (byte)raw };

        Assert.Equal(expected, PixelFormat.Read(dataset, null).Read(bytes, 0));
    }

    [Theory]
    [InlineData(32, 32, 31, 0)]
    [InlineData(16, 17, 16, 0)]
    [InlineData(16, 12, 10, 0)]
    [InlineData(16, 16, 15, 2)]
    public void UnsupportedOrInconsistentFormatsAreRejected(int allocated, int stored, int high, int representation)
    {
        Assert.Throws<InvalidInputException>(() => PixelFormat.Read(Dataset(allocated, stored, high, representation), "slice"));
    }

    [Fact]
    public void ColourImagesAreRejected()
    {
        var dataset = Dataset(16, 16, 15, 0).AddString(DicomTag.PhotometricInterpretation, DicomVR.CS, "RGB").AddUInt16(DicomTag.SamplesPerPixel, 3);

        Assert.Contains("MONOCHROME", Assert.Throws<InvalidInputException>(() => PixelFormat.Read(dataset, null)).Message, StringComparison.Ordinal);
    }

    private static DicomDataset Dataset(int allocated, int stored, int high, int representation) => new DicomDataset()
        .AddUInt16(DicomTag.SamplesPerPixel, 1)
        .AddString(DicomTag.PhotometricInterpretation, DicomVR.CS, "MONOCHROME2")
        .AddUInt16(DicomTag.BitsAllocated, (ushort)allocated)
        .AddUInt16(DicomTag.BitsStored, (ushort)stored)
        .AddUInt16(DicomTag.HighBit, (ushort)high)
        .AddUInt16(DicomTag.PixelRepresentation, (ushort)representation);
}
