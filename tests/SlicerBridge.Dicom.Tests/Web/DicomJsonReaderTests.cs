using System.Text;
using SlicerBridge.Dicom.Web;
using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.Tests.Web;

public sealed class DicomJsonReaderTests
{
    // Value shapes as Orthanc's DICOMweb plugin writes them (numbers for DS/IS/US, PN objects, AT strings, bulk data URIs).
    private const string Metadata = """
        [{
          "00080005": {"vr": "CS", "Value": ["ISO_IR 100"]},
          "00080018": {"vr": "UI", "Value": ["1.2.3.4"]},
          "00080090": {"vr": "PN"},
          "00100010": {"vr": "PN", "Value": [{"Alphabetic": "Synthétique^Foie"}]},
          "00200032": {"vr": "DS", "Value": [-50.8, -50.8, -101.25]},
          "00200013": {"vr": "IS", "Value": [7]},
          "00280010": {"vr": "US", "Value": [128]},
          "00181000": {"vr": "LO", "Value": [null]},
          "00209165": {"vr": "AT", "Value": ["0062000B"]},
          "52009230": {"vr": "SQ", "Value": [{"00209113": {"vr": "SQ", "Value": [{"00200032": {"vr": "DS", "Value": [1, 2.5, -3]}}]}}]},
          "00020001": {"vr": "OB", "InlineBinary": "AAE="},
          "7FE00010": {"vr": "OW", "BulkDataURI": "http://host/dicom-web/studies/1/series/2/instances/3/bulk/7fe00010"}
        }]
        """;

    [Fact]
    public void ReadsEveryValueShape()
    {
        var dataset = Assert.Single(DicomJsonReader.ReadArray(Encoding.UTF8.GetBytes(Metadata)));

        Assert.Equal("ISO_IR 192", dataset.GetString(DicomTag.SpecificCharacterSet));
        Assert.Equal("1.2.3.4", dataset.GetString(DicomTag.SOPInstanceUID));
        Assert.Equal("", dataset.GetString(DicomTag.ReferringPhysicianName));
        Assert.Equal("Synthétique^Foie", dataset.GetString(DicomTag.PatientName));
        Assert.Equal(new[] { -50.8, -50.8, -101.25 }, dataset.GetDoubles(DicomTag.ImagePositionPatient));
        Assert.Equal(7, dataset.GetRequiredInt32(DicomTag.InstanceNumber));
        Assert.Equal(128, dataset.GetRequiredInt32(DicomTag.Rows));
        Assert.Equal([DicomTag.ReferencedSegmentNumber], dataset.GetAttributeTags(DicomTag.DimensionIndexPointer));
        var nested = dataset.GetFirstItem(DicomTag.PerFrameFunctionalGroupsSequence)!.GetFirstItem(DicomTag.PlanePositionSequence)!;
        Assert.Equal(new[] { 1, 2.5, -3 }, nested.GetDoubles(DicomTag.ImagePositionPatient));
        Assert.Equal(new byte[] { 0, 1 }, dataset.GetElement(DicomTag.FileMetaInformationVersion)!.Value.ToArray());
        var pixels = dataset.GetElement(DicomTag.PixelData)!;
        Assert.True(pixels.Value.IsEmpty);
        Assert.EndsWith("/bulk/7fe00010", pixels.BulkDataUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[{\"0010\": {\"vr\": \"PN\"}}]")]
    [InlineData("[{\"00100010\": {\"vr\": \"XX\"}}]")]
    [InlineData("[{\"00100010\": {\"vr\": 5}}]")]
    [InlineData("[{\"7FE00010\": {\"vr\": \"OW\", \"BulkDataURI\": {}}}]")]
    [InlineData("[{\"00200032\": {\"vr\": \"DS\", \"Value\": [1e400]}}]")]
    [InlineData("[{\"00280010\": {\"vr\": \"US\", \"Value\": [\"many\"]}}]")]
    [InlineData("[{\"00280010\": {\"vr\": \"US\", \"Value\": [70000]}}]")]
    [InlineData("[{\"00020001\": {\"vr\": \"OB\", \"InlineBinary\": \"***\"}}]")]
    [InlineData("[{")]
    public void MalformedJsonIsInvalidInput(string json)
    {
        Assert.Throws<InvalidInputException>(() => DicomJsonReader.ReadArray(Encoding.UTF8.GetBytes(json)));
    }
}
