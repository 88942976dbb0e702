using SlicerBridge.Dicom.IO;
using SlicerBridge.Imaging;
using SlicerBridge.Testing;

namespace SlicerBridge.Dicom.Tests.IO;

public sealed class DicomWriterTests
{
    public static TheoryData<string> Syntaxes => new() { "1.2.840.10008.1.2.1", "1.2.840.10008.1.2", "1.2.840.10008.1.2.1.99" };

    [Theory]
    [MemberData(nameof(Syntaxes))]
    public void RealSliceSurvivesWriteAndRead(string syntax)
    {
        var original = DicomFile.Open(Fixtures.Path("dicom-real", "HCC_001.dcm"));
        using var temp = new TempDirectory();
        var path = temp.File("copy.dcm");

        original.Save(path, new DicomWriterOptions { TransferSyntax = TransferSyntax.Lookup(syntax) });
        var copy = DicomFile.Open(path);

        Assert.Equal(syntax, copy.TransferSyntax.Uid);
        Assert.Equal(syntax, copy.FileMetaInformation.GetString(DicomTag.TransferSyntaxUID));
        Assert.Equal(original.Dataset.GetString(DicomTag.SOPInstanceUID), copy.FileMetaInformation.GetString(DicomTag.MediaStorageSOPInstanceUID));
        Assert.Equal(Flatten(original.Dataset), Flatten(copy.Dataset));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void MetaGroupLengthCountsTheRestOfTheGroup()
    {
        var bytes = DicomFile.Open(Fixtures.Path("dicom-real", "HCC_008.dcm")).ToBytes();
        var file = DicomFile.Read(bytes);

        var groupLength = (int)file.FileMetaInformation.GetDoubles(DicomTag.FileMetaInformationGroupLength)[0];
        var afterGroupLength = 132 + 12;

        // The first dataset element (group 0008) starts right after the announced length.
        Assert.Equal(0x08, bytes[afterGroupLength + groupLength]);
        Assert.Equal(0x00, bytes[afterGroupLength + groupLength + 1]);
    }

    [Theory]
    [InlineData("ISO_IR 100", new byte[] { 0x53, 0x79, 0x6E, 0x74, 0x68, 0xE9, 0x74, 0x69, 0x71, 0x75, 0x65 })]
    [InlineData("ISO_IR 192", new byte[] { 0x53, 0x79, 0x6E, 0x74, 0x68, 0xC3, 0xA9, 0x74, 0x69, 0x71, 0x75, 0x65 })]
    public void PersonNamesAreEncodedInTheSpecificCharacterSet(string characterSet, byte[] expected)
    {
        var dataset = new DicomDataset()
            .AddString(DicomTag.SpecificCharacterSet, DicomVR.CS, characterSet)
            .AddString(DicomTag.SOPClassUID, DicomVR.UI, DicomUid.CTImageStorage)
            .AddString(DicomTag.SOPInstanceUID, DicomVR.UI, DicomUid.FromName("charset"))
            .AddString(DicomTag.PatientName, DicomVR.PN, "Synthétique");
        dataset.AddSequence(DicomTag.ReferencedSeriesSequence, new DicomDataset(dataset.CharacterSet).AddString(DicomTag.SeriesDescription, DicomVR.LO, "Synthétique"));

        var read = DicomFile.Read(new DicomFile(dataset).ToBytes()).Dataset;

        var raw = read.GetElement(DicomTag.PatientName)!.Value.ToArray();
        Assert.Equal(expected, raw.AsSpan(0, expected.Length).ToArray());
        Assert.Equal("Synthétique", read.GetString(DicomTag.PatientName));
        Assert.Equal("Synthétique", read.GetFirstItem(DicomTag.ReferencedSeriesSequence)!.GetString(DicomTag.SeriesDescription));
    }

    [Fact]
    public void UnsupportedCharacterSetFailsOnlyWhenTextIsDecoded()
    {
        var dataset = new DicomDataset()
            .AddString(DicomTag.SpecificCharacterSet, DicomVR.CS, "", "ISO 2022 IR 87")
            .AddString(DicomTag.Rows, DicomVR.CS, "1");
        dataset.Add(new DicomElement(DicomTag.PatientName, DicomVR.PN, new byte[] { 0x41, 0x42 }));

        Assert.Equal("1", dataset.GetString(DicomTag.Rows));
        var error = Assert.Throws<InvalidInputException>(() => dataset.GetString(DicomTag.PatientName));
        Assert.Contains("ISO 2022 IR 87", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.78125, "0.78125")]
    [InlineData(-213.100006, "-213.100006")]
    [InlineData(0.93969262078590843, "0.93969262078591")]
    [InlineData(-1.2345678901234567e-7, "-1.23456789E-07")]
    public void DecimalStringsFitSixteenCharacters(double value, string expected)
    {
        var text = DicomDataset.FormatDecimalString(value);

        Assert.Equal(expected, text);
        Assert.True(text.Length <= 16);
    }

    [Theory]
    [MemberData(nameof(Syntaxes))]
    public void StructuredReportContentTreeSurvivesEverySyntax(string syntax)
    {
        static DicomTag T(uint value) => DicomTag.FromValue(value);
        var concept = new DicomCode("126401", "DCM", "SUVbw").ToDataset();
        var measurement = new DicomDataset()
            .AddString(T(0x0040A010), DicomVR.CS, "CONTAINS")
            .AddString(T(0x0040A040), DicomVR.CS, "NUM")
            .AddSequence(T(0x0040A043), concept)
            .AddSequence(T(0x0040A300), new DicomDataset()
                .AddDecimalString(T(0x0040A30A), 0.015)
                .AddSequence(T(0x004008EA), new DicomCode("1", "UCUM", "no units").ToDataset()));
        var note = new DicomDataset()
            .AddString(T(0x0040A010), DicomVR.CS, "CONTAINS")
            .AddString(T(0x0040A040), DicomVR.CS, "TEXT")
            .AddString(T(0x0040A160), DicomVR.UT, "radscore above cut-off\\ backslash kept");
        var report = new DicomDataset()
            .AddString(DicomTag.SOPClassUID, DicomVR.UI, "1.2.840.10008.5.1.4.1.1.88.33")
            .AddString(DicomTag.SOPInstanceUID, DicomVR.UI, DicomUid.FromName("sr"))
            .AddString(DicomTag.Modality, DicomVR.CS, "SR")
            .AddString(T(0x0040A040), DicomVR.CS, "CONTAINER")
            .AddString(T(0x0040A050), DicomVR.CS, "SEPARATE")
            .AddString(T(0x0040A491), DicomVR.CS, "COMPLETE")
            .AddString(T(0x0040A493), DicomVR.CS, "UNVERIFIED")
            .AddSequence(T(0x0040A730), measurement, note);

        var read = DicomFile.Read(new DicomFile(report).ToBytes(new DicomWriterOptions { TransferSyntax = TransferSyntax.Lookup(syntax) })).Dataset;

        Assert.Equal(Flatten(report), Flatten(read));
        var items = read.GetSequence(T(0x0040A730))!.Items;
        Assert.Equal("radscore above cut-off\\ backslash kept", items[1].GetStrings(T(0x0040A160)).Single());
        Assert.Equal(0.015, items[0].GetFirstItem(T(0x0040A300))!.GetRequiredDouble(T(0x0040A30A)));
    }

    private static List<(string Path, string VR, string Value)> Flatten(DicomDataset dataset, string prefix = "")
    {
        var result = new List<(string, string, string)>();
        foreach (var item in dataset.Items)
        {
            var path = prefix + item.Tag;
            if (item is DicomSequence sequence)
            {
                result.Add((path, "SQ", sequence.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    result.AddRange(Flatten(sequence.Items[i], $"{path}[{i}]"));
                }
            }
            else
            {
                // Implicit VR loses the VR of attributes the dictionary does not know; their bytes must survive.
                var vr = DicomDictionary.KeywordOf(item.Tag) is null ? "?" : item.VR.Code;
                result.Add((path, vr, Convert.ToHexString(((DicomElement)item).Value.Span)));
            }
        }

        return result;
    }
}
