using System.Net;
using SlicerBridge.Dicom.Segmentation;
using SlicerBridge.Dicom.Series;
using SlicerBridge.Dicom.Tests.Support;
using SlicerBridge.Dicom.Web;
using SlicerBridge.Imaging;
using SlicerBridge.Testing.Dicom;

namespace SlicerBridge.Dicom.Tests.Web;

/// <summary>
/// Against a real Orthanc + DICOMweb plugin: STOW the synthetic two-phase study and its SEG, find them
/// with QIDO, load them back with WADO (metadata + frames, and whole instances) and compare with the
/// truth the generator computed. Each test stores its own study (UIDs from a fresh seed).
/// </summary>
public sealed class OrthancIntegrationTests
{
    private static readonly SegmentDescription Tumour = new(
        1, "Tumour", new DicomCode("49755003", "SCT", "Morphologically Altered Structure"), new DicomCode("4147007", "SCT", "Mass"));

    [OrthancFact]
    public async Task StoredStudyIsFoundByQido()
    {
        using var client = Client();
        var study = await StoreStudy(client);

        var studies = await client.SearchStudiesAsync([new("StudyInstanceUID", study.Arterial.StudyInstanceUid)]);
        var series = await client.SearchSeriesAsync(study.Arterial.StudyInstanceUid);
        var ctSeries = await client.SearchSeriesAsync(study.Arterial.StudyInstanceUid, [new("Modality", "CT")]);
        var instances = await client.SearchInstancesAsync(
            study.Arterial.StudyInstanceUid, study.Arterial.SeriesInstanceUid, [new("includefield", "00200032"), new("limit", "5")]);

        Assert.Equal(41, study.Stow.Stored.Count);
        Assert.True(study.Stow.AllStored);
        Assert.Equal(SyntheticStudy.PatientName, Assert.Single(studies).GetString(DicomTag.PatientName));
        Assert.Equal(3, series.Count);
        Assert.Equal(
            new[] { study.Arterial.SeriesInstanceUid, study.Portal.SeriesInstanceUid }.Order(),
            ctSeries.Select(s => s.GetString(DicomTag.SeriesInstanceUID)).Order());
        Assert.Equal(5, instances.Count);
        Assert.All(instances, i => Assert.Equal(3, i.GetDoubles(DicomTag.ImagePositionPatient).Length));
    }

    [OrthancFact]
    public async Task SeriesLoadedFromMetadataAndFramesEqualsTheSource()
    {
        using var client = Client();
        var study = await StoreStudy(client);
        var loader = new DicomWebSeriesLoader(client);

        foreach (var truth in new[] { study.Arterial, study.Portal })
        {
            var series = await loader.LoadCtSeriesAsync(truth.StudyInstanceUid, truth.SeriesInstanceUid);

            Assert.True(series.Volume.Geometry.IsSameGrid(truth.Geometry, 1e-9, 1e-9), series.Volume.Geometry.DescribeDifference(truth.Geometry));
            Assert.Equal(PixelType.Int16, series.Volume.PixelType);
            Assert.Equal(truth.Hu, series.Volume.ToDoubleArray());
            Assert.Equal(truth.SopInstanceUidsByZ, series.SopInstanceUids);
        }
    }

    [OrthancFact]
    public async Task SegmentationRetrievedAsInstanceMapsOntoTheRetrievedSeries()
    {
        using var client = Client();
        var study = await StoreStudy(client);
        var series = await new DicomWebSeriesLoader(client).LoadCtSeriesAsync(study.Arterial.StudyInstanceUid, study.Arterial.SeriesInstanceUid);

        var file = await client.RetrieveInstanceAsync(study.Arterial.StudyInstanceUid, study.SegSeriesUid, study.SegSopUid);
        var mask = DicomSegmentation.Read(file.Dataset).ToMask(1, series);

        Assert.Equal(study.Arterial.Tumour, mask.Voxels);
    }

    [OrthancFact]
    public async Task ImplicitSeriesRetrievedAsFilesComesBackTranscoded()
    {
        using var client = Client();
        var study = await StoreStudy(client);

        var files = await client.RetrieveSeriesAsync(study.Portal.StudyInstanceUid, study.Portal.SeriesInstanceUid);
        var series = new CtSeriesAssembler().Assemble(files.Select(f => f.Dataset).ToList());

        Assert.Equal(20, files.Count);
        Assert.All(files, f => Assert.Equal(TransferSyntax.ExplicitVRLittleEndian, f.TransferSyntax));
        Assert.Equal(study.Portal.Hu, series.Volume.ToDoubleArray());
    }

    [OrthancFact]
    public async Task StowToAnotherStudyIsReportedAsFailed()
    {
        using var client = Client();
        var truth = SyntheticStudy.Create(SyntheticPhase.Arterial, "mismatch-" + Guid.NewGuid());

        var result = await client.StoreAsync([truth.Encode()[0]], DicomUid.FromName("another study"));

        Assert.Empty(result.Stored);
        Assert.Equal(272, Assert.Single(result.Failed).FailureReason);
    }

    [OrthancFact]
    public async Task UnknownSeriesIsAnHttpError()
    {
        using var client = Client();

        var error = await Assert.ThrowsAsync<DicomWebException>(() => client.RetrieveSeriesMetadataAsync("1.2.3", "4.5.6"));

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }

    private static DicomWebClient Client() => new(new DicomWebClientOptions { BaseUri = OrthancFactAttribute.RequireUrl() });

    private static async Task<StoredStudy> StoreStudy(DicomWebClient client)
    {
        var seed = "orthanc-" + Guid.NewGuid();
        var arterial = SyntheticStudy.Create(SyntheticPhase.Arterial, seed);
        var portal = SyntheticStudy.Create(SyntheticPhase.Portal, seed);
        var series = new CtSeriesAssembler().Assemble(arterial.ReadBack());
        var seg = SegmentationWriter.CreateBinary(series, new RoiMask(series.Volume.Geometry, arterial.Tumour), Tumour);
        var files = arterial.Encode().Concat(portal.Encode()).Append(new DicomFile(seg).ToBytes()).Select(b => (ReadOnlyMemory<byte>)b);

        var stow = await client.StoreAsync(files);

        return new StoredStudy(arterial, portal, seg.GetRequiredString(DicomTag.SeriesInstanceUID), seg.GetRequiredString(DicomTag.SOPInstanceUID), stow);
    }

    private sealed record StoredStudy(SyntheticSeries Arterial, SyntheticSeries Portal, string SegSeriesUid, string SegSopUid, StowResult Stow);
}
