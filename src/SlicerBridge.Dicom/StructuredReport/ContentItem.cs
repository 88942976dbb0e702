using System.Buffers.Binary;

namespace SlicerBridge.Dicom.StructuredReport;

/// <summary>Builds SR content items (PS3.3 C.17.3): a relationship, a value type, a concept name and the value.</summary>
internal static class ContentItem
{
    public const string Contains = "CONTAINS";
    public const string HasObservationContext = "HAS OBS CONTEXT";
    public const string HasConceptModifier = "HAS CONCEPT MOD";

    public static DicomDataset Container(string? relationship, DicomCode concept, params DicomDataset[] children)
    {
        var item = Item(relationship, "CONTAINER", concept)
            .AddString(SrTags.ContinuityOfContent, DicomVR.CS, "SEPARATE");
        return children.Length == 0 ? item : item.AddSequence(SrTags.ContentSequence, children);
    }

    public static DicomDataset Code(string relationship, DicomCode concept, DicomCode value) =>
        Item(relationship, "CODE", concept).AddSequence(SrTags.ConceptCodeSequence, value.ToDataset());

    public static DicomDataset Text(string relationship, DicomCode concept, string value) =>
        Item(relationship, "TEXT", concept).AddString(SrTags.TextValue, DicomVR.UT, SourceStudy.Text(value, concept.Meaning));

    public static DicomDataset UidReference(string relationship, DicomCode concept, string uid) =>
        Item(relationship, "UIDREF", concept).AddString(SrTags.Uid, DicomVR.UI, uid);

    /// <summary>
    /// A NUM item. NumericValue (DS) holds at most 16 characters, so the exact double also goes to
    /// FloatingPointValue (FD), which readers prefer.
    /// </summary>
    public static DicomDataset Numeric(string relationship, DicomCode concept, double value, DicomCode units)
    {
        var exact = new byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(exact, value);
        var measured = new DicomDataset()
            .AddDecimalString(SrTags.NumericValue, value)
            .Add(new DicomElement(SrTags.FloatingPointValue, DicomVR.FD, exact))
            .AddSequence(SrTags.MeasurementUnitsCodeSequence, units.ToDataset());
        return Item(relationship, "NUM", concept).AddSequence(SrTags.MeasuredValueSequence, measured);
    }

    public static DicomDataset Segment(string relationship, DicomCode concept, ReferencedSegment segment) =>
        Item(relationship, "IMAGE", concept).AddSequence(
            DicomTag.ReferencedSOPSequence,
            new DicomDataset()
                .AddString(DicomTag.ReferencedSOPClassUID, DicomVR.UI, DicomUid.SegmentationStorage)
                .AddString(DicomTag.ReferencedSOPInstanceUID, DicomVR.UI, segment.SopInstanceUid)
                .AddUInt16(DicomTag.ReferencedSegmentNumber, checked((ushort)segment.SegmentNumber)));

    private static DicomDataset Item(string? relationship, string valueType, DicomCode concept)
    {
        var item = new DicomDataset();
        if (relationship is not null)
        {
            item.AddString(SrTags.RelationshipType, DicomVR.CS, relationship);
        }

        return item
            .AddString(SrTags.ValueType, DicomVR.CS, valueType)
            .AddSequence(SrTags.ConceptNameCodeSequence, concept.ToDataset());
    }
}
