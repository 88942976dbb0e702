using SlicerBridge.Dicom;
using SlicerBridge.Dicom.SecondaryCapture;
using SlicerBridge.Dicom.StructuredReport;
using SlicerBridge.Dicom.Web;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Modeling.Pacs;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Modeling.Tests.Packaging;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Testing;
using SlicerBridge.Testing.Dicom;

namespace SlicerBridge.Modeling.Tests.Pacs;

/// <summary>
/// The PACS workflow against a real Orthanc: STOW the synthetic study, find it with QIDO, load it with
/// WADO, score through a stub (the scorer is a parameter), store the SR (and SC) and read them back
/// with WADO. Each test stores its own study.
/// </summary>
public sealed class PacsScoringWorkflowTests
{
    private static readonly ScoreSummary Stub = new(
        0.4321, 1.234, 77.45, ScoreRiskGroup.High, ScoreRiskGroup.High, "stub-model", "0.0.1", "for demonstration, not for clinical use", 350);

    [OrthancFact]
    public async Task ScoresFromThePacsAndStoresTheReportInTheStudy()
    {
        using var client = Client();
        var study = await PacsStudy.StoreAsync(client);
        var seen = new List<PhaseInput>();
        var panel = new RgbImage(4, 2, Enumerable.Range(0, 24).Select(i => (byte)(i * 10)).ToArray());
        var workflow = new PacsScoringWorkflow(client, new PacsScoringOptions { Panel = _ => panel });

        var result = await workflow.RunAsync(Request(study), (a, v) =>
        {
            seen.AddRange([a, v]);
            return Stub;
        });

        var series = await client.SearchSeriesAsync(study.StudyInstanceUid);
        Assert.Equal(6, series.Count);
        Assert.Equal(["CT", "CT", "OT", "SEG", "SEG", "SR"], series.Select(s => s.GetString(DicomTag.Modality)).Order());
        AssertPhase(study.Arterial, seen[0]);
        AssertPhase(study.Portal, seen[1]);

        var sr = await client.RetrieveInstanceAsync(study.StudyInstanceUid, result.Report.SeriesInstanceUid, result.Report.SopInstanceUid);
        var report = StructuredReportReader.Read(sr.Dataset);
        Assert.Equal(Stub, report.Summary);
        Assert.Equal(study.StudyInstanceUid, sr.Dataset.GetString(DicomTag.StudyInstanceUID));
        Assert.Equal(study.Arterial.SeriesInstanceUid, report.ArterialSeriesInstanceUid);
        Assert.Equal(study.Portal.SeriesInstanceUid, report.VenousSeriesInstanceUid);
        Assert.Equal(
            [new ReferencedSegment(Uid(study.ArterialSeg), 1), new ReferencedSegment(Uid(study.PortalSeg), 1)],
            report.Segments);
        Assert.Equal(
            new[] { study.Arterial.SopInstanceUidsByZ, study.Portal.SopInstanceUidsByZ, [Uid(study.ArterialSeg)], [Uid(study.PortalSeg)] },
            report.Evidence.Select(e => e.Instances.Select(i => i.SopInstanceUid).ToList()));

        var sc = await client.RetrieveInstanceAsync(study.StudyInstanceUid, result.Panel!.SeriesInstanceUid, result.Panel.SopInstanceUid);
        Assert.Equal(panel.Pixels, SecondaryCaptureWriter.ReadImage(sc.Dataset).Pixels);
    }

    [OrthancFact]
    public async Task ModelScorerThroughThePacsStoresWhatItScored()
    {
        using var client = Client();
        var study = await PacsStudy.StoreAsync(client);
        var scorer = new ModelScorer(TestPackages.Create());
        var clinical = new Dictionary<string, double> { ["afp_ng_ml"] = 350 };
        PhaseInput[] seen = [];
        var score = ScoreSummaries.Scoring(scorer, clinical);

        var result = await new PacsScoringWorkflow(client).RunAsync(Request(study), (a, v) =>
        {
            seen = [a, v];
            return score(a, v);
        });

        var sr = await client.RetrieveInstanceAsync(study.StudyInstanceUid, result.Report.SeriesInstanceUid, result.Report.SopInstanceUid);
        var expected = ScoreSummaries.From(scorer.Score(seen[0], seen[1], clinical));
        Assert.Equal(expected, result.Summary);
        Assert.Equal(expected, StructuredReportReader.Read(sr.Dataset).Summary);
        Assert.Null(result.Panel);
    }

    [OrthancFact]
    public async Task SegIsFoundByItsSeriesOrItsInstanceUid()
    {
        using var client = Client();
        var study = await PacsStudy.StoreAsync(client);
        var byInstance = Request(study) with
        {
            ArterialMask = PhaseMaskSource.Seg(Uid(study.ArterialSeg)),
            VenousMask = PhaseMaskSource.Seg(Uid(study.PortalSeg)),
        };
        PhaseInput[] seen = [];

        await new PacsScoringWorkflow(client).RunAsync(byInstance, (a, v) =>
        {
            seen = [a, v];
            return Stub;
        });

        AssertPhase(study.Arterial, seen[0]);
        AssertPhase(study.Portal, seen[1]);
    }

    [OrthancFact]
    public async Task UploadedLabelMapIsUsedOnItsPhaseAndMustBeOnItsGrid()
    {
        using var client = Client();
        var study = await PacsStudy.StoreAsync(client);
        var labelMap = ImageVolume.Create(study.Portal.Geometry, study.Portal.Tumour.Select(v => (byte)(2 * v)).ToArray());
        var uploaded = Request(study) with { VenousMask = PhaseMaskSource.FromLabelMap(labelMap, 2) };
        var misplaced = Request(study) with { VenousMask = PhaseMaskSource.FromLabelMap(ImageVolume.Create(study.Arterial.Geometry, study.Arterial.Tumour)) };
        PhaseInput[] seen = [];

        var result = await new PacsScoringWorkflow(client).RunAsync(uploaded, (a, v) =>
        {
            seen = [a, v];
            return Stub;
        });
        var error = await Assert.ThrowsAsync<InvalidInputException>(() => new PacsScoringWorkflow(client).RunAsync(misplaced, (_, _) => Stub));

        Assert.Same(labelMap, seen[1].Mask);
        Assert.Equal(2, seen[1].Label);
        var sr = await client.RetrieveInstanceAsync(study.StudyInstanceUid, result.Report.SeriesInstanceUid, result.Report.SopInstanceUid);
        Assert.Equal([new ReferencedSegment(Uid(study.ArterialSeg), 1)], StructuredReportReader.Read(sr.Dataset).Segments);
        Assert.Contains("the venous label map is not on the venous series grid", error.Message);
    }

    [OrthancFact]
    public async Task UidThatIsNoSegInTheStudyIsNamed()
    {
        using var client = Client();
        var study = await PacsStudy.StoreAsync(client);
        var workflow = new PacsScoringWorkflow(client);

        var unknown = await Assert.ThrowsAsync<InvalidInputException>(() =>
            workflow.RunAsync(Request(study) with { ArterialMask = PhaseMaskSource.Seg("1.2.3.4") }, (_, _) => Stub));
        var ctSeries = await Assert.ThrowsAsync<InvalidInputException>(() =>
            workflow.RunAsync(Request(study) with { VenousMask = PhaseMaskSource.Seg(study.Portal.SeriesInstanceUid) }, (_, _) => Stub));

        Assert.Equal("no segmentation with this series or instance UID in the study", unknown.Message);
        Assert.Equal("SEG 1.2.3.4", unknown.Where);
        Assert.Equal("SEG " + study.Portal.SeriesInstanceUid, ctSeries.Where);
    }

    [OrthancFact]
    public async Task OneSegForTwoDifferentGridsIsRefusedWithAClearMessage()
    {
        using var client = Client();
        var study = await PacsStudy.StoreAsync(client);
        var shared = Request(study) with { VenousMask = null };
        var scored = false;

        var error = await Assert.ThrowsAsync<InvalidInputException>(() => new PacsScoringWorkflow(client).RunAsync(shared, (_, _) =>
        {
            scored = true;
            return Stub;
        }));

        Assert.False(scored);
        Assert.Contains("covers only the arterial series grid", error.Message);
        Assert.Contains("give a SEG for each phase", error.Message);
        Assert.Contains(study.Arterial.SeriesInstanceUid, error.Message);
    }

    /// <remarks>
    /// Two NRRD references per phase: the volumes the workflow loaded, and the generator's own volumes
    /// (the same voxels: asserted exactly elsewhere). For the axial phase both give bit-identical features.
    /// The oblique phase cannot be bit-identical through NRRD: NRRD stores spacing × direction and the
    /// reader recovers the spacing as a vector norm, which moves it by an ulp; and the loader's slice spacing
    /// comes from 16-character DS positions (about 1e-14 mm off the generator's 2.5 mm). Spacing-dependent
    /// features (shape, TotalEnergy) then agree to 1e-13 relative, everything else exactly.
    /// </remarks>
    [OrthancFact]
    public async Task FeaturesFromThePacsEqualFeaturesFromNrrdOfTheSameData()
    {
        using var client = Client();
        var study = await PacsStudy.StoreAsync(client);
        PhaseInput[] seen = [];
        await new PacsScoringWorkflow(client).RunAsync(Request(study), (a, v) =>
        {
            seen = [a, v];
            return Stub;
        });
        var extractor = new RadiomicsExtractor(ExtractionParameters.Default);
        using var temp = new TempDirectory();

        foreach (var (truth, input, tolerance) in new[] { (study.Arterial, seen[0], 0.0), (study.Portal, seen[1], 1e-13) })
        {
            var key = truth.Phase.Key;
            var fromPacs = extractor.Execute(input.Image, input.Mask, input.Label).Features;
            var sameVolumes = ExtractFromNrrd(extractor, temp, key + "-loaded", input.Image, input.Mask);
            var generated = ExtractFromNrrd(
                extractor, temp, key + "-generated",
                ImageVolume.Create(truth.Geometry, truth.Hu.Select(h => checked((short)h)).ToArray()),
                ImageVolume.Create(truth.Geometry, truth.Tumour));

            Assert.True(fromPacs.Count > 100, $"{fromPacs.Count} features");
            AssertSameFeatures(sameVolumes, fromPacs, tolerance, key);
            AssertSameFeatures(generated, fromPacs, tolerance, key);
        }
    }

    private static IReadOnlyList<KeyValuePair<string, double>> ExtractFromNrrd(
        RadiomicsExtractor extractor, TempDirectory temp, string name, ImageVolume image, ImageVolume mask)
    {
        var imagePath = temp.File(name + ".nrrd");
        var maskPath = temp.File(name + "-label.nrrd");
        VolumeIO.Write(image, imagePath);
        VolumeIO.Write(mask, maskPath);
        return extractor.Execute(VolumeIO.Read(imagePath), VolumeIO.Read(maskPath), 1).Features;
    }

    private static void AssertSameFeatures(
        IReadOnlyList<KeyValuePair<string, double>> expected, IReadOnlyList<KeyValuePair<string, double>> actual, double relativeTolerance, string phase)
    {
        Assert.Equal(expected.Select(f => f.Key), actual.Select(f => f.Key));
        Assert.All(expected.Zip(actual), pair =>
        {
            var spacingDependent = pair.First.Key.Contains("_shape_", StringComparison.Ordinal) ||
                                   pair.First.Key.EndsWith("_TotalEnergy", StringComparison.Ordinal);
            var tolerance = spacingDependent ? relativeTolerance * Math.Abs(pair.First.Value) : 0;
            Assert.True(
                pair.First.Value.Equals(pair.Second.Value) || Math.Abs(pair.First.Value - pair.Second.Value) <= tolerance,
                $"{phase} {pair.First.Key}: NRRD {pair.First.Value:R}, PACS {pair.Second.Value:R}");
        });
    }

    private static void AssertPhase(SyntheticSeries truth, PhaseInput input)
    {
        Assert.True(input.Image.Geometry.IsSameGrid(truth.Geometry, 1e-9, 1e-9), input.Image.Geometry.DescribeDifference(truth.Geometry));
        Assert.Equal(truth.Hu, input.Image.ToDoubleArray());
        Assert.Equal(truth.Tumour, RoiMask.FromLabel(input.Mask, input.Label!.Value).Voxels);
        Assert.Contains(truth.SeriesInstanceUid, input.Where);
    }

    private static PacsScoringRequest Request(PacsStudy study) => new()
    {
        StudyInstanceUid = study.StudyInstanceUid,
        ArterialSeriesInstanceUid = study.Arterial.SeriesInstanceUid,
        VenousSeriesInstanceUid = study.Portal.SeriesInstanceUid,
        ArterialMask = PhaseMaskSource.Seg(study.ArterialSeg.GetRequiredString(DicomTag.SeriesInstanceUID)),
        VenousMask = PhaseMaskSource.Seg(study.PortalSeg.GetRequiredString(DicomTag.SeriesInstanceUID)),
    };

    private static string Uid(DicomDataset dataset) => dataset.GetRequiredString(DicomTag.SOPInstanceUID);

    private static DicomWebClient Client() => new(new DicomWebClientOptions { BaseUri = OrthancFactAttribute.RequireUrl() });
}
