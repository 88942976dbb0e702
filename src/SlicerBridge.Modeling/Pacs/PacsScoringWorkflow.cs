using System.Globalization;
using SlicerBridge.Dicom;
using SlicerBridge.Dicom.SecondaryCapture;
using SlicerBridge.Dicom.Series;
using SlicerBridge.Dicom.StructuredReport;
using SlicerBridge.Dicom.Web;
using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Extraction;

namespace SlicerBridge.Modeling.Pacs;

/// <summary>
/// Scores a tumour straight from a PACS over DICOMweb: loads the arterial and portal venous CT series
/// (WADO-RS metadata + frames), maps each phase's SEG segment (or takes an uploaded label map) onto that
/// phase's grid, hands both phases to the scoring function, and stores the result back in the same
/// study (STOW-RS) as a Comprehensive SR, plus the risk panel as a Secondary Capture when a renderer is
/// given. The scoring step is a parameter so the workflow does not depend on one scorer.
/// </summary>
public sealed class PacsScoringWorkflow
{
    private readonly DicomWebClient _client;
    private readonly PacsScoringOptions _options;

    public PacsScoringWorkflow(DicomWebClient client, PacsScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = options ?? PacsScoringOptions.Default;
    }

    public async Task<PacsScoringResult> RunAsync(
        PacsScoringRequest request, Func<PhaseInput, PhaseInput, ScoreSummary> score, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(score);
        var phases = await LoadPhasesAsync(request, cancellationToken).ConfigureAwait(false);
        var summary = score(phases.Arterial.Input, phases.Venous.Input);

        var study = request.StudyInstanceUid;
        var header = phases.Arterial.Series.Header;
        var report = StructuredReportWriter.Create(header, Report(summary, phases), new StructuredReportOptions
        {
            Uids = _options.Uids,
            ContentDateTime = _options.ContentDateTime,
        });
        var objects = new List<DicomDataset> { report };
        if (_options.Panel is { } render)
        {
            objects.Add(SecondaryCaptureWriter.Create(header, render(summary), new SecondaryCaptureOptions
            {
                Uids = _options.Uids,
                ContentDateTime = _options.ContentDateTime,
            }));
        }

        var stored = await StoreAsync(study, objects, cancellationToken).ConfigureAwait(false);
        return new PacsScoringResult(summary, stored[0], stored.Count > 1 ? stored[1] : null);
    }

    private async Task<(LoadedPhase Arterial, LoadedPhase Venous)> LoadPhasesAsync(PacsScoringRequest request, CancellationToken cancellationToken)
    {
        var study = request.StudyInstanceUid;

        // SEGs first: a wrong SEG UID fails before two whole series are downloaded.
        var segs = new Dictionary<string, LocatedSeg>(StringComparer.Ordinal);
        var locator = new SegLocator(_client);
        async Task<LocatedSeg?> Seg(PhaseMaskSource source)
        {
            if (source.SegUid is not { } uid)
            {
                return null;
            }

            if (!segs.TryGetValue(uid, out var seg))
            {
                segs[uid] = seg = await locator.LocateAsync(study, uid, cancellationToken).ConfigureAwait(false);
            }

            return seg;
        }

        var venousMask = request.VenousMask ?? request.ArterialMask;
        var arterialSeg = await Seg(request.ArterialMask).ConfigureAwait(false);
        var venousSeg = await Seg(venousMask).ConfigureAwait(false);

        // Both series at once; the client's connection limit still bounds the parallel frame requests.
        var loader = new DicomWebSeriesLoader(_client, _options.Series);
        var arterialLoad = loader.LoadCtSeriesAsync(study, request.ArterialSeriesInstanceUid, cancellationToken);
        var venousLoad = loader.LoadCtSeriesAsync(study, request.VenousSeriesInstanceUid, cancellationToken);
        await Task.WhenAll(arterialLoad, venousLoad).ConfigureAwait(false);
        var arterialSeries = await arterialLoad.ConfigureAwait(false);
        var venousSeries = await venousLoad.ConfigureAwait(false);
        if (arterialSeries.StudyInstanceUid != study || venousSeries.StudyInstanceUid != study)
        {
            throw new InvalidInputException("the series do not belong to the given study", "study");
        }

        var shared = request.VenousMask is null;
        var arterial = Phase("arterial", arterialSeries, request.ArterialMask, arterialSeg, shared: false);
        var venous = Phase("venous", venousSeries, venousMask, venousSeg, shared);
        return (arterial, venous);
    }

    private LoadedPhase Phase(string phase, CtSeries series, PhaseMaskSource source, LocatedSeg? seg, bool shared)
    {
        var where = $"{phase} series {series.SeriesInstanceUid}";
        var grid = series.Volume.Geometry;
        if (seg is null)
        {
            var labelMap = source.LabelMap!;
            if (!labelMap.Geometry.IsSameGrid(grid))
            {
                var which = shared ? "the one label map given for both phases" : $"the {phase} label map";
                throw new InvalidInputException($"{which} is not on the {phase} series grid: {labelMap.Geometry.DescribeDifference(grid)}", where);
            }

            return new LoadedPhase(series, new PhaseInput(series.Volume, labelMap, source.Label, where), null);
        }

        RoiMask mask;
        try
        {
            mask = seg.Segmentation.ToMask(source.SegmentNumber, series, _options.Segmentation, where);
        }
        catch (InvalidInputException e) when (shared)
        {
            var drawnOn = seg.Segmentation.ReferencedSeriesInstanceUid is { } referenced ? $"drawn on series {referenced}" : "drawn on another grid";
            throw new InvalidInputException(
                $"one SEG was given for both phases, but SEG {seg.SopInstanceUid} ({drawnOn}) covers only the arterial series grid and cannot be " +
                $"mapped onto the venous series without resampling ({e.Message}); give a SEG for each phase", where);
        }

        if (mask.IsEmpty)
        {
            throw new InvalidInputException($"{source} has no voxel on the {phase} series", where);
        }

        var labelVolume = ImageVolume.Create(grid, mask.Voxels);
        return new LoadedPhase(series, new PhaseInput(series.Volume, labelVolume, 1, where), new ReferencedSegment(seg.SopInstanceUid, source.SegmentNumber))
        {
            SegSeriesInstanceUid = seg.SeriesInstanceUid,
        };
    }

    private static ScoreReport Report(ScoreSummary summary, (LoadedPhase Arterial, LoadedPhase Venous) phases)
    {
        var all = new[] { phases.Arterial, phases.Venous };
        var evidence = all.Select(p => p.Series).DistinctBy(s => s.SeriesInstanceUid)
            .Select(s => new ReferencedSeries(s.SeriesInstanceUid, s.SopInstanceUids.Select(uid => new ReferencedInstance(s.SopClassUid, uid)).ToList()))
            .ToList();
        var segments = all.Where(p => p.Segment is not null).ToList();
        evidence.AddRange(segments
            .GroupBy(p => p.SegSeriesInstanceUid!, StringComparer.Ordinal)
            .Select(g => new ReferencedSeries(
                g.Key,
                g.Select(p => p.Segment!.SopInstanceUid).Distinct(StringComparer.Ordinal)
                    .Select(uid => new ReferencedInstance(DicomUid.SegmentationStorage, uid)).ToList())));
        return new ScoreReport(
            summary,
            phases.Arterial.Series.SeriesInstanceUid,
            phases.Venous.Series.SeriesInstanceUid,
            segments.Select(p => p.Segment!).Distinct().ToList(),
            evidence);
    }

    private async Task<List<StoredObject>> StoreAsync(string study, List<DicomDataset> objects, CancellationToken cancellationToken)
    {
        var result = await _client.StoreAsync(objects.Select(o => (ReadOnlyMemory<byte>)new DicomFile(o).ToBytes()), study, cancellationToken).ConfigureAwait(false);
        var stored = new List<StoredObject>(objects.Count);
        foreach (var dataset in objects)
        {
            var sop = dataset.GetRequiredString(DicomTag.SOPInstanceUID);
            if (result.Failed.FirstOrDefault(f => f.SopInstanceUid == sop) is { } failed)
            {
                throw new DicomWebException($"the PACS refused instance {sop} (failure reason {failed.FailureReason?.ToString(CultureInfo.InvariantCulture) ?? "not given"})");
            }

            var instance = result.Stored.FirstOrDefault(s => s.SopInstanceUid == sop)
                ?? throw new DicomWebException($"the PACS did not confirm storing instance {sop}");
            stored.Add(new StoredObject(study, dataset.GetRequiredString(DicomTag.SeriesInstanceUID), sop, instance.RetrieveUrl));
        }

        return stored;
    }
}
