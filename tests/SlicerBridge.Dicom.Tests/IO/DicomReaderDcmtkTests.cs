using System.Globalization;
using System.IO.Compression;
using SlicerBridge.Dicom.Tests.Support;
using SlicerBridge.Testing;

namespace SlicerBridge.Dicom.Tests.IO;

/// <summary>
/// The real TCIA slices read by our reader against DCMTK's dcmdump listing of the same files
/// (committed fixtures, see tests/fixtures/dicom-real/README.md): every attribute DCMTK shows, at
/// every nesting level, must be present with the same VR, length and value, and nothing else.
/// </summary>
public sealed class DicomReaderDcmtkTests
{
    public static TheoryData<string> Slices => new() { "HCC_001", "HCC_008", "HCC_050" };

    [Theory]
    [MemberData(nameof(Slices))]
    public void EveryAttributeMatchesDcmdump(string name)
    {
        var file = DicomFile.Open(Fixtures.Path("dicom-real", name + ".dcm"));
        var (meta, dataset) = DcmdumpListing.Parse(Fixtures.Path("dicom-real", name + ".dcmdump.txt"));

        Assert.True(dataset.Count > 50, "the listing should hold the whole dataset");
        CompareLevel(meta, file.FileMetaInformation, name, "meta");
        CompareLevel(dataset, file.Dataset, name, "");
    }

    [Theory]
    [MemberData(nameof(Slices))]
    public void PixelDataEqualsDcmtkExport(string name)
    {
        var file = DicomFile.Open(Fixtures.Path("dicom-real", name + ".dcm"));
        var expected = Gunzip(Fixtures.Path("dicom-real", name + ".dcm.0.raw.gz"));

        var pixels = file.Dataset.GetElement(DicomTag.PixelData)!.Value.ToArray();

        Assert.Equal(512 * 512 * 2, expected.Length);
        Assert.Equal(expected, pixels);
    }

    private static void CompareLevel(List<DcmdumpNode> expected, DicomDataset actual, string file, string path)
    {
        Assert.Equal(expected.Select(n => n.Tag), actual.Items.Select(i => i.Tag));
        foreach (var node in expected)
        {
            var where = $"{file} {path}/{node.Tag}";
            var item = actual[node.Tag]!;
            Assert.True(node.VR == item.VR.Code, $"{where}: VR {item.VR} vs dcmdump {node.VR}");
            if (item is DicomSequence sequence)
            {
                Assert.True(node.Items.Count == sequence.Items.Count, $"{where}: item count");
                for (var i = 0; i < node.Items.Count; i++)
                {
                    CompareLevel(node.Items[i], sequence.Items[i], file, $"{path}/{node.Tag}[{i}]");
                }

                continue;
            }

            var element = (DicomElement)item;
            Assert.True(node.Length == element.Value.Length.ToString(CultureInfo.InvariantCulture), $"{where}: length {element.Value.Length} vs dcmdump {node.Length}");
            CompareValue(node, element, actual, where);
        }
    }

    private static void CompareValue(DcmdumpNode node, DicomElement element, DicomDataset dataset, string where)
    {
        if (node.Value == "(no value available)")
        {
            Assert.True(element.Value.IsEmpty, where);
            return;
        }

        if (element.VR.IsText)
        {
            Assert.True(node.Value.StartsWith('[') && node.Value.EndsWith(']'), $"{where}: unexpected listing {node.Value}");
            Assert.True(node.Value[1..^1] == dataset.GetString(element.Tag), $"{where}: '{dataset.GetString(element.Tag)}' vs dcmdump {node.Value}");
            return;
        }

        if (node.Value.StartsWith('='))
        {
            // PixelData written to a file by +W: compared byte for byte in PixelDataEqualsDcmtkExport.
            Assert.Equal(DicomTag.PixelData, element.Tag);
            return;
        }

        var parts = node.Value.Split('\\');
        switch (element.VR.Code)
        {
            case "OB" or "UN":
                Assert.Equal(parts.Select(p => byte.Parse(p, NumberStyles.HexNumber, CultureInfo.InvariantCulture)), element.Value.ToArray());
                break;
            case "OW":
                var words = parts.Select(p => ushort.Parse(p, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
                Assert.Equal(words, System.Runtime.InteropServices.MemoryMarshal.Cast<byte, ushort>(element.Value.Span).ToArray());
                break;
            case "FL":
                Assert.Equal(parts.Select(p => float.Parse(p, CultureInfo.InvariantCulture)), dataset.GetDoubles(element.Tag).Select(v => (float)v));
                break;
            default:
                // US, SS, UL, SL and FD: DCMTK prints integers exactly and doubles with 17 significant digits.
                Assert.Equal(parts.Select(p => double.Parse(p, CultureInfo.InvariantCulture)), dataset.GetDoubles(element.Tag));
                break;
        }
    }

    private static byte[] Gunzip(string path)
    {
        using var input = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
