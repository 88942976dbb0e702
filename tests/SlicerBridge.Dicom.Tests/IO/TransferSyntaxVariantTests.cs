using SlicerBridge.Imaging;
using SlicerBridge.Testing;

namespace SlicerBridge.Dicom.Tests.IO;

/// <summary>The same slices transcoded by DCMTK (dcmconv, dcmcjpeg) into other transfer syntaxes.</summary>
public sealed class TransferSyntaxVariantTests
{
    [Theory]
    [InlineData("HCC_008_implicit.dcm", "HCC_008.dcm", "1.2.840.10008.1.2")]
    [InlineData("HCC_050_deflated.dcm", "HCC_050.dcm", "1.2.840.10008.1.2.1.99")]
    public void TranscodedFileHasTheSameValues(string variant, string original, string syntax)
    {
        var expected = DicomFile.Open(Fixtures.Path("dicom-real", original)).Dataset;
        var actual = DicomFile.Open(Fixtures.Path("dicom-real", variant));

        Assert.Equal(syntax, actual.TransferSyntax.Uid);
        AssertSameValues(expected, actual.Dataset, implicitVR: syntax == "1.2.840.10008.1.2");
    }

    [Theory]
    [InlineData("HCC_001_nopixels_bigendian.dcm", "1.2.840.10008.1.2.2", "Explicit VR Big Endian")]
    [InlineData("HCC_001_jpeglossless.dcm", "1.2.840.10008.1.2.4.57", "JPEG Lossless")]
    public void UnsupportedSyntaxIsRejectedByName(string file, string uid, string name)
    {
        var path = Fixtures.Path("dicom-real", file);
        var error = Assert.Throws<InvalidInputException>(() => DicomFile.Open(path));

        Assert.Contains(uid, error.Message, StringComparison.Ordinal);
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.Where);
    }

    /// <summary>Values are byte-identical; an implicit-VR reader knows VRs only from its dictionary (UN otherwise).</summary>
    private static void AssertSameValues(DicomDataset expected, DicomDataset actual, bool implicitVR)
    {
        Assert.Equal(expected.Items.Select(i => i.Tag), actual.Items.Select(i => i.Tag));
        foreach (var item in expected.Items)
        {
            var other = actual[item.Tag]!;
            if (!implicitVR || DicomDictionary.KeywordOf(item.Tag) is not null)
            {
                Assert.True(item.VR == other.VR, $"{item.Tag}: {item.VR} vs {other.VR}");
            }

            if (item is DicomSequence sequence)
            {
                var otherSequence = Assert.IsType<DicomSequence>(other);
                Assert.Equal(sequence.Items.Count, otherSequence.Items.Count);
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    AssertSameValues(sequence.Items[i], otherSequence.Items[i], implicitVR);
                }
            }
            else
            {
                Assert.True(((DicomElement)item).Value.Span.SequenceEqual(((DicomElement)other).Value.Span), $"{item.Tag} value");
            }
        }
    }
}
