using SlicerBridge.Dicom;
using SlicerBridge.Dicom.StructuredReport;
using SlicerBridge.Dicom.Web;
using SlicerBridge.Server.Pacs;
using SlicerBridge.Server.Tests.Support;
using SlicerBridge.Server.V1;
using SlicerBridge.Testing.Dicom;

namespace SlicerBridge.Server.Tests.Integration;

/// <summary>ScoreFromPacs through a real server against a real Orthanc: fetch, score, and the report stored back.</summary>
public sealed class PacsIntegrationTests
{
    [OrthancFact]
    public async Task ScoreFromPacs_scores_the_study_and_stores_the_report_and_panel_in_it()
    {
        var url = OrthancFactAttribute.RequireUrl();
        await using var server = new ServerFixture(o => o with { Pacs = [new PacsEndpoint { Name = "orthanc", BaseUrl = url.ToString() }] });
        await server.InitializeAsync();
        using var dicomweb = new DicomWebClient(new DicomWebClientOptions { BaseUri = url });
        var study = await PacsStudy.StoreAsync(dicomweb);
        var client = new V1.Radiomics.RadiomicsClient(server.Channel);

        var response = await client.ScoreFromPacsAsync(new ScoreFromPacsRequest
        {
            Pacs = "orthanc",
            ModelId = "hcc-proliferative",
            StudyInstanceUid = study.StudyInstanceUid,
            ArterialSeriesInstanceUid = study.Arterial.SeriesInstanceUid,
            VenousSeriesInstanceUid = study.Portal.SeriesInstanceUid,
            ArterialSegUid = study.ArterialSeg.GetRequiredString(DicomTag.SOPInstanceUID),
            VenousSegUid = study.PortalSeg.GetRequiredString(DicomTag.SOPInstanceUID),
            AfpNgMl = 350,
            StoreRiskPanel = true,
        }, ServerFixture.Bearer(ServerFixture.ClinicianToken));

        Assert.InRange(response.Score.Nomogram.Probability, 0, 1);
        Assert.NotEmpty(response.PanelSopInstanceUid);
        var stored = await dicomweb.RetrieveInstanceAsync(study.StudyInstanceUid, response.ReportSeriesInstanceUid, response.ReportSopInstanceUid);
        var report = StructuredReportReader.Read(stored.Dataset);
        Assert.Equal(response.Score.Radscore.Value, report.Summary.Radscore);
        Assert.Equal(study.Arterial.SeriesInstanceUid, report.ArterialSeriesInstanceUid);
    }
}
