using System.Text.Json;
using SlicerBridge.Dicom;
using SlicerBridge.Dicom.SecondaryCapture;
using SlicerBridge.Dicom.StructuredReport;
using SlicerBridge.Dicom.Web;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Testing;
using SlicerBridge.Testing.Dicom;
using SlicerBridge.Testing.Modeling;

namespace SlicerBridge.Cli.Tests.Commands;

/// <summary><c>score-pacs</c> end to end against Orthanc: the printed score and UIDs are those of the objects stored in the study.</summary>
public sealed class ScorePacsOrthancTests
{
    [OrthancFact]
    public async Task JsonNamesTheStoredReportAndPanelAndTheyReadBack()
    {
        using var client = new DicomWebClient(new DicomWebClientOptions { BaseUri = OrthancFactAttribute.RequireUrl() });
        var study = await PacsStudy.StoreAsync(client);
        using var temp = new TempDirectory();
        var model = WriteModel(temp);

        var run = CliRun.Of("score-pacs", "--dicomweb", OrthancFactAttribute.Url!, "--study", study.StudyInstanceUid,
            "--arterial-series", study.Arterial.SeriesInstanceUid, "--venous-series", study.Portal.SeriesInstanceUid,
            "--seg", study.ArterialSeg.GetRequiredString(DicomTag.SeriesInstanceUID),
            "--venous-seg", study.PortalSeg.GetRequiredString(DicomTag.SOPInstanceUID),
            "--model", model, "--afp", "350", "--panel-sc", "--format", "json");

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Output);
        var score = json.RootElement.GetProperty("score");
        var report = json.RootElement.GetProperty("stored").GetProperty("report");
        var panel = json.RootElement.GetProperty("stored").GetProperty("panel");
        var sr = await client.RetrieveInstanceAsync(
            study.StudyInstanceUid, report.GetProperty("series_instance_uid").GetString()!, report.GetProperty("sop_instance_uid").GetString()!);
        var sc = await client.RetrieveInstanceAsync(
            study.StudyInstanceUid, panel.GetProperty("series_instance_uid").GetString()!, panel.GetProperty("sop_instance_uid").GetString()!);
        var summary = StructuredReportReader.Read(sr.Dataset).Summary;
        var image = SecondaryCaptureWriter.ReadImage(sc.Dataset);

        Assert.Equal(score.GetProperty("radscore").GetProperty("value").GetDouble(), summary.Radscore);
        Assert.Equal(100 * score.GetProperty("nomogram").GetProperty("probability").GetDouble(), summary.ProbabilityPercent);
        Assert.Equal(("cli-pacs", "2.0.0", 350.0), (summary.ModelId, summary.ModelVersion, summary.AfpNgPerMl!.Value));
        Assert.Equal(study.StudyInstanceUid, sc.Dataset.GetString(DicomTag.StudyInstanceUID));
        Assert.True(image.Width > 1000 && image.Height > image.Width, $"{image.Width}x{image.Height}: an A4 portrait page");

        // The demonstration banner is drawn in the panel's red (#B00020-like): the PNG's colours survive as RGB.
        Assert.Contains(Enumerable.Range(0, image.Width * image.Height / 4), i =>
            image.Pixels[3 * i] > 150 && image.Pixels[3 * i + 1] < 40 && image.Pixels[3 * i + 2] < 60);
    }

    [OrthancFact]
    public async Task TextSaysWhyOneSegCannotServeTwoGrids()
    {
        using var client = new DicomWebClient(new DicomWebClientOptions { BaseUri = OrthancFactAttribute.RequireUrl() });
        var study = await PacsStudy.StoreAsync(client);
        using var temp = new TempDirectory();

        var run = CliRun.Of("score-pacs", "--dicomweb", OrthancFactAttribute.Url!, "--study", study.StudyInstanceUid,
            "--arterial-series", study.Arterial.SeriesInstanceUid, "--venous-series", study.Portal.SeriesInstanceUid,
            "--seg", study.ArterialSeg.GetRequiredString(DicomTag.SeriesInstanceUID), "--model", WriteModel(temp), "--afp", "350");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give a SEG for each phase", Assert.Single(run.ErrorLines));
        Assert.Empty(run.Output);
    }

    /// <summary>A demonstration package over original-image features the synthetic phantom has.</summary>
    private static string WriteModel(TempDirectory temp) => TestModelPackages.Write(
        TestModelPackages.Create("cli-pacs", "2.0.0",
        [
            new("arterial_original_firstorder_Mean", 150, 20, 0.4, 60, 240),
            new("venous_original_shape_Sphericity", 0.8, 0.1, -0.2, 0.4, 1),
        ], new RadscoreModel(0, 0.1, 0.05, "lambda.min")),
        temp.File("cli-pacs.model.json"));
}
