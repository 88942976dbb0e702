using SlicerBridge.Dicom.IO;
using SlicerBridge.Imaging;
using SlicerBridge.Testing;

namespace SlicerBridge.Dicom.Tests.IO;

public sealed class DicomReaderLimitTests
{
    [Fact]
    public void ValueLargerThanTheLimitIsRejectedBeforeUse()
    {
        var path = Fixtures.Path("dicom-real", "HCC_001.dcm");

        var error = Assert.Throws<InvalidInputException>(() => DicomFile.Open(path, new DicomReaderOptions { MaxElementBytes = 100_000 }));

        Assert.Contains("PixelData (7FE0,0010) declares 524288 bytes, more than the limit of 100000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FileLargerThanTheLimitIsNotRead()
    {
        var error = Assert.Throws<InvalidInputException>(() =>
            DicomFile.Open(Fixtures.Path("dicom-real", "HCC_001.dcm"), new DicomReaderOptions { MaxFileBytes = 1000 }));

        Assert.Contains("exceeds the limit of 1000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InflatedDataLargerThanTheLimitIsRejected()
    {
        var path = Fixtures.Path("dicom-real", "HCC_050_deflated.dcm");

        var error = Assert.Throws<InvalidInputException>(() => DicomFile.Open(path, new DicomReaderOptions { MaxFileBytes = 300_000 }));

        Assert.Contains("inflates to more than the limit", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8, true)]
    [InlineData(9, false)]
    public void SequenceNestingIsBounded(int depth, bool accepted)
    {
        var dataset = Minimal();
        var innermost = new DicomDataset().AddString(DicomTag.CodeValue, DicomVR.SH, "X");
        for (var level = 0; level < depth; level++)
        {
            innermost = new DicomDataset().AddSequence(DicomTag.ReferencedSeriesSequence, innermost);
        }

        dataset.AddSequence(DicomTag.DerivationImageSequence, innermost);
        var bytes = new DicomFile(dataset).ToBytes();
        var options = new DicomReaderOptions { MaxSequenceDepth = depth + (accepted ? 1 : 0) };

        if (accepted)
        {
            Assert.NotNull(DicomFile.Read(bytes, options).Dataset.GetSequence(DicomTag.DerivationImageSequence));
        }
        else
        {
            Assert.Contains("nested deeper than", Assert.Throws<InvalidInputException>(() => DicomFile.Read(bytes, options)).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void FileWithoutDicmMarkerIsRejected()
    {
        var error = Assert.Throws<InvalidInputException>(() => DicomFile.Read(new byte[200], where: "upload.dcm"));

        Assert.Contains("not a DICOM Part 10 file", error.Message, StringComparison.Ordinal);
        Assert.Equal("upload.dcm", error.Where);
    }

    [Fact]
    public void TruncatedFileNamesTheDeclaredAndRemainingBytes()
    {
        var bytes = File.ReadAllBytes(Fixtures.Path("dicom-real", "HCC_008.dcm"));

        var error = Assert.Throws<InvalidInputException>(() => DicomFile.Read(bytes.AsMemory(0, bytes.Length - 10)));

        Assert.Contains("PixelData (7FE0,0010) declares 524288 bytes but only 524278 remain", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingTransferSyntaxIsRejected()
    {
        var bytes = new DicomFile(Minimal()).ToBytes();
        // Overwrite the tag of (0002,0010) with an unknown meta element (0002,0011).
        var at = bytes.AsSpan().IndexOf(new byte[] { 0x02, 0x00, 0x10, 0x00, (byte)'U', (byte)'I' });
        bytes[at + 2] = 0x11;

        var error = Assert.Throws<InvalidInputException>(() => DicomFile.Read(bytes));

        Assert.Contains("no TransferSyntaxUID", error.Message, StringComparison.Ordinal);
    }

    private static DicomDataset Minimal() => new DicomDataset()
        .AddString(DicomTag.SOPClassUID, DicomVR.UI, DicomUid.CTImageStorage)
        .AddString(DicomTag.SOPInstanceUID, DicomVR.UI, DicomUid.FromName("minimal"));
}
