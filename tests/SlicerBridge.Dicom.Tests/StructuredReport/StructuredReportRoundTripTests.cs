using SlicerBridge.Dicom.IO;
using SlicerBridge.Dicom.Segmentation;
using SlicerBridge.Dicom.Series;
using SlicerBridge.Dicom.StructuredReport;
using SlicerBridge.Imaging;
using SlicerBridge.Testing.Dicom;

namespace SlicerBridge.Dicom.Tests.StructuredReport;

public sealed class StructuredReportRoundTripTests
{
    private static readonly DateTime When = new(2026, 11, 28, 23, 30, 5, DateTimeKind.Utc);

    // Values with more significant digits than a 16-character DS can hold, so only FloatingPointValue keeps them.
    private static readonly ScoreSummary Summary = new(
        0.12345678901234568, -0.88300000000000012, 29.283746501928374, ScoreRiskGroup.High, ScoreRiskGroup.Low,
        "demo-hcc-radiomics", "1.2.0", "for demonstration, not for clinical use", 350);

    public static TheoryData<string> Syntaxes => new() { "1.2.840.10008.1.2.1", "1.2.840.10008.1.2.1.99" };

    [Theory]
    [MemberData(nameof(Syntaxes))]
    public void WrittenReportReadsBackToTheSameValuesAndReferences(string syntax)
    {
        var (source, report) = Study("sr-round-trip");

        var sr = StructuredReportWriter.Create(source.Header, report, new StructuredReportOptions { ContentDateTime = When });
        var bytes = new DicomFile(sr).ToBytes(new DicomWriterOptions { TransferSyntax = TransferSyntax.Lookup(syntax) });
        var read = StructuredReportReader.Read(DicomFile.Read(bytes).Dataset);

        Assert.Equal(report, read);
        Assert.Equal(Summary.Radscore, read.Summary.Radscore);
        Assert.Equal(Summary.ProbabilityPercent, read.Summary.ProbabilityPercent);
    }

    [Fact]
    public void ReportIsANewSeriesInTheSourceStudyUnderTheSamePatient()
    {
        var (source, report) = Study("sr-identity");

        var sr = DicomFile.Read(new DicomFile(StructuredReportWriter.Create(source.Header, report)).ToBytes()).Dataset;

        Assert.Equal(StructuredReportWriter.ComprehensiveSrStorage, sr.GetString(DicomTag.SOPClassUID));
        Assert.Equal("SR", sr.GetString(DicomTag.Modality));
        Assert.Equal(source.StudyInstanceUid, sr.GetString(DicomTag.StudyInstanceUID));
        Assert.NotEqual(source.SeriesInstanceUid, sr.GetString(DicomTag.SeriesInstanceUID));
        Assert.Equal(SyntheticStudy.PatientName, sr.GetString(DicomTag.PatientName));
        Assert.Equal("SYNTH-0001", sr.GetString(DicomTag.PatientID));
        Assert.StartsWith("2.25.", sr.GetString(DicomTag.SOPInstanceUID));
    }

    [Fact]
    public void NumbersCarryUcumUnitsAndAFiniteDecimalString()
    {
        var (source, report) = Study("sr-units");

        var sr = StructuredReportWriter.Create(source.Header, report);
        var group = Group(sr);
        var probability = group.Single(i => Concept(i).Value == SrCodes.ProliferativeProbability.Value).GetFirstItem(new DicomTag(0x0040, 0xA300))!;
        var afp = group.Single(i => Concept(i).Value == SrCodes.SerumAfp.Value).GetFirstItem(new DicomTag(0x0040, 0xA300))!;

        Assert.Equal(new DicomCode("%", "UCUM", "percent"), DicomCode.FromDataset(probability.GetFirstItem(new DicomTag(0x0040, 0x08EA))));
        Assert.Equal(new DicomCode("ng/mL", "UCUM", "nanogram per milliliter"), DicomCode.FromDataset(afp.GetFirstItem(new DicomTag(0x0040, 0x08EA))));
        var text = probability.GetString(new DicomTag(0x0040, 0xA30A))!;
        Assert.True(text.Length <= 16, text);
        Assert.Equal(Summary.ProbabilityPercent, double.Parse(text, System.Globalization.CultureInfo.InvariantCulture), 1e-12);
    }

    [Fact]
    public void OptionalNoticeAndAfpMayBeAbsent()
    {
        var (source, report) = Study("sr-optional");
        var plain = report with { Summary = Summary with { Notice = null, AfpNgPerMl = null } };

        var read = StructuredReportReader.Read(StructuredReportWriter.Create(source.Header, plain));

        Assert.Equal(plain, read);
    }

    [Fact]
    public void DerivedUidsMakeTheReportByteIdentical()
    {
        var (source, report) = Study("sr-derived");
        var options = new StructuredReportOptions { ContentDateTime = When, Uids = UidSource.Derived("study-x/model-1.2.0") };

        var first = new DicomFile(StructuredReportWriter.Create(source.Header, report, options)).ToBytes();
        var second = new DicomFile(StructuredReportWriter.Create(source.Header, report, options)).ToBytes();
        var other = StructuredReportWriter.Create(source.Header, report, options with { Uids = UidSource.Derived("study-y/model-1.2.0") });
        var random = StructuredReportWriter.Create(source.Header, report, options with { Uids = UidSource.Random });

        Assert.Equal(first, second);
        var uid = DicomFile.Read(first).Dataset.GetString(DicomTag.SOPInstanceUID);
        Assert.NotEqual(uid, other.GetString(DicomTag.SOPInstanceUID));
        Assert.NotEqual(uid, random.GetString(DicomTag.SOPInstanceUID));
    }

    [Theory]
    [InlineData("1.2.826.0.1.3680043.10.999")]
    [InlineData("1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.11")] // 47 characters, the longest root: 16 digits remain
    public void UidsUnderAnOrganisationRootAreValidAndDistinct(string root)
    {
        var uids = UidSource.Derived("input", root);

        var series = uids.Create("sr-series");
        var instance = uids.Create("sr-instance");

        Assert.NotEqual(series, instance);
        Assert.Equal(series, UidSource.Derived("input", root).Create("sr-series"));
        foreach (var uid in new[] { series, instance })
        {
            Assert.StartsWith(root + ".", uid);
            Assert.InRange(uid.Length, root.Length + 2, 64);
            Assert.Matches(@"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$", uid);
        }
    }

    [Theory]
    [InlineData("1.2.03")]
    [InlineData("1..2")]
    [InlineData("abc")]
    [InlineData("1.2.3.4.5.6.7.8.9.10.11.12.13.14.15.16.17.18.111")]
    public void BadUidRootIsRejected(string root) =>
        Assert.Throws<InvalidInputException>(() => UidSource.Derived("input", root));

    [Fact]
    public void InvalidValuesAreRejectedWithTheirName()
    {
        var (source, report) = Study("sr-bad");

        var nan = Assert.Throws<InvalidInputException>(() =>
            StructuredReportWriter.Create(source.Header, report with { Summary = Summary with { Radscore = double.NaN } }));
        var percent = Assert.Throws<InvalidInputException>(() =>
            StructuredReportWriter.Create(source.Header, report with { Summary = Summary with { ProbabilityPercent = 120 } }));
        var unlisted = Assert.Throws<InvalidInputException>(() =>
            StructuredReportWriter.Create(source.Header, report with { Segments = [new ReferencedSegment("1.2.3.4", 1)] }));

        Assert.Contains("radscore", nan.Message);
        Assert.Contains("percentage", percent.Message);
        Assert.Contains("1.2.3.4", unlisted.Message);
    }

    [Fact]
    public void ReaderRejectsOtherObjectsAndIncompleteReports()
    {
        var (source, report) = Study("sr-reader");
        var sr = StructuredReportWriter.Create(source.Header, report);
        var content = sr.GetSequence(new DicomTag(0x0040, 0xA730))!;
        sr.Remove(content.Tag);

        var ct = Assert.Throws<InvalidInputException>(() => StructuredReportReader.Read(source.Header));
        var empty = Assert.Throws<InvalidInputException>(() => StructuredReportReader.Read(sr));

        Assert.Contains("not a Comprehensive SR", ct.Message);
        Assert.Contains("Imaging Measurements", empty.Message);
    }

    private static (CtSeries Source, ScoreReport Report) Study(string seed)
    {
        var arterial = SyntheticStudy.Create(SyntheticPhase.Arterial, seed);
        var portal = SyntheticStudy.Create(SyntheticPhase.Portal, seed);
        var series = new CtSeriesAssembler().Assemble(arterial.ReadBack());
        var seg = SegmentationWriter.CreateBinary(
            series, new RoiMask(series.Volume.Geometry, arterial.Tumour),
            new SegmentDescription(1, "Tumour", new DicomCode("49755003", "SCT", "Morphologically Altered Structure"), new DicomCode("4147007", "SCT", "Mass")));
        var segUid = seg.GetRequiredString(DicomTag.SOPInstanceUID);
        var evidence = new[]
        {
            Evidence(arterial), Evidence(portal),
            new ReferencedSeries(seg.GetRequiredString(DicomTag.SeriesInstanceUID), [new ReferencedInstance(DicomUid.SegmentationStorage, segUid)]),
        };
        return (series, new ScoreReport(Summary, arterial.SeriesInstanceUid, portal.SeriesInstanceUid, [new ReferencedSegment(segUid, 1)], evidence));
    }

    private static ReferencedSeries Evidence(SyntheticSeries series) =>
        new(series.SeriesInstanceUid, series.SopInstanceUidsByZ.Select(uid => new ReferencedInstance(DicomUid.CTImageStorage, uid)).ToList());

    private static IReadOnlyList<DicomDataset> Group(DicomDataset sr)
    {
        var content = new DicomTag(0x0040, 0xA730);
        var measurements = sr.GetSequence(content)!.Items.Single(i => Concept(i) == SrCodes.ImagingMeasurements);
        return measurements.GetFirstItem(content)!.GetSequence(content)!.Items;
    }

    private static DicomCode Concept(DicomDataset item) => DicomCode.FromDataset(item.GetFirstItem(new DicomTag(0x0040, 0xA043)))!;
}
