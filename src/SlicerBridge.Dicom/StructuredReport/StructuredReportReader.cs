using System.Buffers.Binary;
using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.StructuredReport;

/// <summary>
/// Reads the values of a radiomics score report written by <see cref="StructuredReportWriter"/> (or any
/// Comprehensive SR with the same title, measurement group and concepts). Items are found by concept
/// code, not by position; a missing or malformed required item is an <see cref="InvalidInputException"/>
/// naming it.
/// </summary>
public static class StructuredReportReader
{
    public static ScoreReport Read(DicomDataset dataset, string? where = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        where ??= "structured report";
        var sopClass = dataset.GetString(DicomTag.SOPClassUID)?.Trim();
        if (sopClass != StructuredReportWriter.ComprehensiveSrStorage)
        {
            throw new InvalidInputException($"not a Comprehensive SR document (SOPClassUID '{sopClass}')", where);
        }

        if (Concept(dataset) is not { } title || !SameCode(title, SrCodes.DocumentTitle))
        {
            throw new InvalidInputException($"the document title is not {SrCodes.DocumentTitle.Meaning}", where);
        }

        var measurements = Find(Children(dataset), SrCodes.ImagingMeasurements, where);
        var group = Children(Find(Children(measurements), SrCodes.MeasurementGroup, where));
        var summary = new ScoreSummary(
            Number(group, SrCodes.Radscore, where),
            Number(group, SrCodes.NomogramLinearPredictor, where),
            Number(group, SrCodes.ProliferativeProbability, where),
            RiskGroup(group, SrCodes.RadscoreRiskGroup, where),
            RiskGroup(group, SrCodes.NomogramRiskGroup, where),
            Text(group, SrCodes.AlgorithmName, where),
            Text(group, SrCodes.AlgorithmVersion, where),
            FindOrDefault(group, SrCodes.UsageNotice) is null ? null : Text(group, SrCodes.UsageNotice, where),
            FindOrDefault(group, SrCodes.SerumAfp) is null ? null : Number(group, SrCodes.SerumAfp, where));

        var segments = group.Where(i => Concept(i) is { } code && SameCode(code, SrCodes.ReferencedSegment)).Select(i => Segment(i, where)).ToList();
        return new ScoreReport(
            summary,
            Uid(group, SrCodes.ArterialSeries, where),
            Uid(group, SrCodes.VenousSeries, where),
            segments,
            Evidence(dataset, where));
    }

    private static List<ReferencedSeries> Evidence(DicomDataset dataset, string where)
    {
        var result = new List<ReferencedSeries>();
        foreach (var study in dataset.GetSequence(SrTags.CurrentRequestedProcedureEvidenceSequence)?.Items ?? [])
        {
            foreach (var series in study.GetSequence(DicomTag.ReferencedSeriesSequence)?.Items ?? [])
            {
                var instances = (series.GetSequence(DicomTag.ReferencedSOPSequence)?.Items ?? [])
                    .Select(i => new ReferencedInstance(
                        i.GetRequiredString(DicomTag.ReferencedSOPClassUID, where),
                        i.GetRequiredString(DicomTag.ReferencedSOPInstanceUID, where)))
                    .ToList();
                result.Add(new ReferencedSeries(series.GetRequiredString(DicomTag.SeriesInstanceUID, where), instances));
            }
        }

        return result;
    }

    private static ReferencedSegment Segment(DicomDataset item, string where)
    {
        var reference = item.GetFirstItem(DicomTag.ReferencedSOPSequence)
            ?? throw new InvalidInputException($"{SrCodes.ReferencedSegment.Meaning} has no ReferencedSOPSequence", where);
        return new ReferencedSegment(
            reference.GetRequiredString(DicomTag.ReferencedSOPInstanceUID, where),
            reference.GetRequiredInt32(DicomTag.ReferencedSegmentNumber, where));
    }

    private static double Number(IReadOnlyList<DicomDataset> items, DicomCode concept, string where)
    {
        var measured = Find(items, concept, where).GetFirstItem(SrTags.MeasuredValueSequence)
            ?? throw new InvalidInputException($"'{concept.Meaning}' has no measured value", where);
        if (measured.GetElement(SrTags.FloatingPointValue) is { Value.Length: 8 } exact)
        {
            var value = BinaryPrimitives.ReadDoubleLittleEndian(exact.Value.Span);
            return double.IsFinite(value) ? value : throw new InvalidInputException($"'{concept.Meaning}' is not finite", where);
        }

        return measured.GetRequiredDouble(SrTags.NumericValue, where);
    }

    private static ScoreRiskGroup RiskGroup(IReadOnlyList<DicomDataset> items, DicomCode concept, string where)
    {
        var code = DicomCode.FromDataset(Find(items, concept, where).GetFirstItem(SrTags.ConceptCodeSequence));
        return code is null ? throw new InvalidInputException($"'{concept.Meaning}' has no coded value", where)
            : SameCode(code, SrCodes.HighRisk) ? ScoreRiskGroup.High
            : SameCode(code, SrCodes.LowRisk) ? ScoreRiskGroup.Low
            : throw new InvalidInputException($"'{concept.Meaning}' has the unknown value ({code.Value}, {code.Scheme})", where);
    }

    private static string Text(IReadOnlyList<DicomDataset> items, DicomCode concept, string where) =>
        Find(items, concept, where).GetString(SrTags.TextValue)
        ?? throw new InvalidInputException($"'{concept.Meaning}' has no text value", where);

    private static string Uid(IReadOnlyList<DicomDataset> items, DicomCode concept, string where) =>
        Find(items, concept, where).GetRequiredString(SrTags.Uid, where);

    private static DicomDataset Find(IReadOnlyList<DicomDataset> items, DicomCode concept, string where) =>
        FindOrDefault(items, concept) ?? throw new InvalidInputException($"the report has no '{concept.Meaning}' item", where);

    private static DicomDataset? FindOrDefault(IReadOnlyList<DicomDataset> items, DicomCode concept) =>
        items.FirstOrDefault(i => Concept(i) is { } code && SameCode(code, concept));

    private static IReadOnlyList<DicomDataset> Children(DicomDataset item) => item.GetSequence(SrTags.ContentSequence)?.Items ?? [];

    private static DicomCode? Concept(DicomDataset item) => DicomCode.FromDataset(item.GetFirstItem(SrTags.ConceptNameCodeSequence));

    // Meanings are for people and may be localised; identity is value plus scheme.
    private static bool SameCode(DicomCode a, DicomCode b) => a.Value == b.Value && a.Scheme == b.Scheme;
}
