using System.Globalization;
using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.StructuredReport;

/// <summary>
/// Writes a radiomics score as a Comprehensive SR document in the source study (new series): title
/// "Imaging Measurement Report", the device as observer, one measurement group for the tumour with its
/// segments, source series, the numbers (with UCUM units; exact doubles in FloatingPointValue), the risk
/// groups as codes, the model as algorithm name and version, and the notice as text. Every instance the
/// score was computed from is listed in CurrentRequestedProcedureEvidenceSequence.
/// </summary>
public static class StructuredReportWriter
{
    public const string ComprehensiveSrStorage = "1.2.840.10008.5.1.4.1.1.88.33";

    /// <summary>Stable identity of this software as an SR observer (DeviceObserverUID).</summary>
    public static readonly string DeviceObserverUid = DicomUid.FromName("SlicerBridge SR device observer");

    /// <param name="source">Any instance (or series header) of the source study: patient and study are copied from it.</param>
    public static DicomDataset Create(DicomDataset source, ScoreReport report, StructuredReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(report);
        options ??= StructuredReportOptions.Default;
        Validate(report);

        var dataset = SourceStudy.Start(source, "structured report source");
        var studyUid = dataset.GetRequiredString(DicomTag.StudyInstanceUID);
        var when = options.ContentDateTime ?? DateTime.UtcNow;
        var date = when.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var time = when.ToString("HHmmss", CultureInfo.InvariantCulture);
        dataset
            .AddString(DicomTag.SOPClassUID, DicomVR.UI, ComprehensiveSrStorage)
            .AddString(DicomTag.SOPInstanceUID, DicomVR.UI, options.Uids.Create("sr-instance"))
            .AddString(SrTags.InstanceCreationDate, DicomVR.DA, date)
            .AddString(SrTags.InstanceCreationTime, DicomVR.TM, time)
            .AddString(SrTags.TimezoneOffsetFromUtc, DicomVR.SH, "+0000")
            .AddString(DicomTag.Modality, DicomVR.CS, "SR")
            .AddString(DicomTag.SeriesInstanceUID, DicomVR.UI, options.Uids.Create("sr-series"))
            .AddIntegerString(DicomTag.SeriesNumber, options.SeriesNumber)
            .AddString(DicomTag.SeriesDescription, DicomVR.LO, options.SeriesDescription)
            .AddString(DicomTag.SeriesDate, DicomVR.DA, date)
            .AddString(DicomTag.SeriesTime, DicomVR.TM, time)
            .AddSequence(SrTags.ReferencedPerformedProcedureStepSequence)
            .AddString(DicomTag.Manufacturer, DicomVR.LO, options.Manufacturer)
            .AddString(DicomTag.SoftwareVersions, DicomVR.LO, options.SoftwareVersions)
            .AddIntegerString(DicomTag.InstanceNumber, 1)
            .AddString(SrTags.CompletionFlag, DicomVR.CS, "COMPLETE")
            .AddString(SrTags.VerificationFlag, DicomVR.CS, "UNVERIFIED")
            .AddString(DicomTag.ContentDate, DicomVR.DA, date)
            .AddString(DicomTag.ContentTime, DicomVR.TM, time)
            .AddSequence(SrTags.PerformedProcedureCodeSequence)
            .AddSequence(SrTags.CurrentRequestedProcedureEvidenceSequence, Evidence(studyUid, report.Evidence))
            .AddSequence(SrTags.CodingSchemeIdentificationSequence, PrivateCodingScheme());

        var root = ContentItem.Container(
            null,
            SrCodes.DocumentTitle,
            ContentItem.Code(ContentItem.HasConceptModifier, SrCodes.Language, SrCodes.English),
            ContentItem.Code(ContentItem.HasObservationContext, SrCodes.ObserverType, SrCodes.Device),
            ContentItem.UidReference(ContentItem.HasObservationContext, SrCodes.DeviceObserverUid, DeviceObserverUid),
            ContentItem.Text(ContentItem.HasObservationContext, SrCodes.DeviceObserverName, "SlicerBridge"),
            ContentItem.Text(ContentItem.HasObservationContext, SrCodes.DeviceObserverManufacturer, options.Manufacturer),
            ContentItem.Container(
                ContentItem.Contains,
                SrCodes.ImagingMeasurements,
                ContentItem.Container(ContentItem.Contains, SrCodes.MeasurementGroup, MeasurementGroup(report, options).ToArray())));
        foreach (var item in root.Items)
        {
            dataset.Add(item);
        }

        return dataset;
    }

    private static IEnumerable<DicomDataset> MeasurementGroup(ScoreReport report, StructuredReportOptions options)
    {
        var summary = report.Summary;
        yield return ContentItem.Text(ContentItem.HasObservationContext, SrCodes.TrackingIdentifier, options.TrackingIdentifier);
        yield return ContentItem.UidReference(ContentItem.HasObservationContext, SrCodes.TrackingUniqueIdentifier, options.Uids.Create("tracking"));
        yield return ContentItem.Code(ContentItem.HasConceptModifier, SrCodes.FindingSite, SrCodes.Liver);
        yield return ContentItem.Text(ContentItem.HasObservationContext, SrCodes.AlgorithmName, summary.ModelId);
        yield return ContentItem.Text(ContentItem.HasObservationContext, SrCodes.AlgorithmVersion, summary.ModelVersion);
        foreach (var segment in report.Segments)
        {
            yield return ContentItem.Segment(ContentItem.Contains, SrCodes.ReferencedSegment, segment);
        }

        yield return ContentItem.UidReference(ContentItem.Contains, SrCodes.ArterialSeries, report.ArterialSeriesInstanceUid);
        yield return ContentItem.UidReference(ContentItem.Contains, SrCodes.VenousSeries, report.VenousSeriesInstanceUid);
        yield return ContentItem.Numeric(ContentItem.Contains, SrCodes.Radscore, summary.Radscore, SrCodes.NoUnits);
        yield return ContentItem.Numeric(ContentItem.Contains, SrCodes.NomogramLinearPredictor, summary.NomogramLinearPredictor, SrCodes.NoUnits);
        yield return ContentItem.Numeric(ContentItem.Contains, SrCodes.ProliferativeProbability, summary.ProbabilityPercent, SrCodes.Percent);
        if (summary.AfpNgPerMl is { } afp)
        {
            yield return ContentItem.Numeric(ContentItem.Contains, SrCodes.SerumAfp, afp, SrCodes.NanogramPerMillilitre);
        }

        yield return ContentItem.Code(ContentItem.Contains, SrCodes.RadscoreRiskGroup, SrCodes.Of(summary.RadscoreRiskGroup));
        yield return ContentItem.Code(ContentItem.Contains, SrCodes.NomogramRiskGroup, SrCodes.Of(summary.NomogramRiskGroup));
        if (summary.Notice is { } notice)
        {
            yield return ContentItem.Text(ContentItem.Contains, SrCodes.UsageNotice, notice);
        }
    }

    private static DicomDataset Evidence(string studyUid, IReadOnlyList<ReferencedSeries> evidence) =>
        new DicomDataset()
            .AddString(DicomTag.StudyInstanceUID, DicomVR.UI, studyUid)
            .AddSequence(
                DicomTag.ReferencedSeriesSequence,
                evidence.Select(series => new DicomDataset()
                    .AddString(DicomTag.SeriesInstanceUID, DicomVR.UI, series.SeriesInstanceUid)
                    .AddSequence(
                        DicomTag.ReferencedSOPSequence,
                        series.Instances.Select(i => new DicomDataset()
                            .AddString(DicomTag.ReferencedSOPClassUID, DicomVR.UI, i.SopClassUid)
                            .AddString(DicomTag.ReferencedSOPInstanceUID, DicomVR.UI, i.SopInstanceUid)).ToArray())).ToArray());

    private static DicomDataset PrivateCodingScheme() => new DicomDataset()
        .AddString(DicomTag.CodingSchemeDesignator, DicomVR.SH, SrCodes.PrivateScheme)
        .AddString(SrTags.CodingSchemeName, DicomVR.ST, "SlicerBridge radiomics score concepts")
        .AddString(SrTags.CodingSchemeResponsibleOrganization, DicomVR.ST, "SlicerBridge");

    private static void Validate(ScoreReport report)
    {
        var summary = report.Summary;
        const string where = "score report";
        foreach (var (name, value) in new[]
                 {
                     ("radscore", summary.Radscore), ("nomogram linear predictor", summary.NomogramLinearPredictor),
                     ("probability", summary.ProbabilityPercent), ("AFP", summary.AfpNgPerMl ?? 0),
                 })
        {
            if (!double.IsFinite(value))
            {
                throw new InvalidInputException($"the {name} is not a finite number ({value})", where);
            }
        }

        if (summary.ProbabilityPercent is < 0 or > 100)
        {
            throw new InvalidInputException($"the probability must be a percentage in 0..100, not {summary.ProbabilityPercent}", where);
        }

        if (string.IsNullOrWhiteSpace(summary.ModelId) || string.IsNullOrWhiteSpace(summary.ModelVersion))
        {
            throw new InvalidInputException("the model id and version must not be empty", where);
        }

        if (report.Segments.Any(s => s.SegmentNumber is < 1 or > ushort.MaxValue))
        {
            throw new InvalidInputException("segment numbers are 1..65535", where);
        }

        var evidence = report.Evidence.SelectMany(s => s.Instances).Select(i => i.SopInstanceUid).ToHashSet(StringComparer.Ordinal);
        var series = report.Evidence.Select(s => s.SeriesInstanceUid).ToHashSet(StringComparer.Ordinal);
        if (report.Evidence.Any(s => s.Instances.Count == 0))
        {
            throw new InvalidInputException("every evidence series must list its instances", where);
        }

        if (report.Segments.FirstOrDefault(s => !evidence.Contains(s.SopInstanceUid)) is { } missing)
        {
            throw new InvalidInputException($"the segmentation {missing.SopInstanceUid} is referenced but not listed as evidence", where);
        }

        if (!series.Contains(report.ArterialSeriesInstanceUid) || !series.Contains(report.VenousSeriesInstanceUid))
        {
            throw new InvalidInputException("the arterial and venous series must be listed as evidence", where);
        }
    }
}
