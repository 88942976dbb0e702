namespace SlicerBridge.Dicom.StructuredReport;

/// <summary>The attributes of the SR document modules (PS3.3 C.17) and the SC module that <see cref="DicomTag"/> does not name.</summary>
internal static class SrTags
{
    public static readonly DicomTag InstanceCreationDate = new(0x0008, 0x0012);
    public static readonly DicomTag InstanceCreationTime = new(0x0008, 0x0013);
    public static readonly DicomTag ConversionType = new(0x0008, 0x0064);
    public static readonly DicomTag CodingSchemeIdentificationSequence = new(0x0008, 0x0110);
    public static readonly DicomTag CodingSchemeName = new(0x0008, 0x0115);
    public static readonly DicomTag CodingSchemeResponsibleOrganization = new(0x0008, 0x0116);
    public static readonly DicomTag TimezoneOffsetFromUtc = new(0x0008, 0x0201);
    public static readonly DicomTag ReferencedPerformedProcedureStepSequence = new(0x0008, 0x1111);
    public static readonly DicomTag PatientOrientation = new(0x0020, 0x0020);
    public static readonly DicomTag Laterality = new(0x0020, 0x0060);
    public static readonly DicomTag PlanarConfiguration = new(0x0028, 0x0006);
    public static readonly DicomTag BurnedInAnnotation = new(0x0028, 0x0301);
    public static readonly DicomTag MeasurementUnitsCodeSequence = new(0x0040, 0x08EA);
    public static readonly DicomTag RelationshipType = new(0x0040, 0xA010);
    public static readonly DicomTag ValueType = new(0x0040, 0xA040);
    public static readonly DicomTag ConceptNameCodeSequence = new(0x0040, 0xA043);
    public static readonly DicomTag ContinuityOfContent = new(0x0040, 0xA050);
    public static readonly DicomTag Uid = new(0x0040, 0xA124);
    public static readonly DicomTag TextValue = new(0x0040, 0xA160);
    public static readonly DicomTag FloatingPointValue = new(0x0040, 0xA161);
    public static readonly DicomTag ConceptCodeSequence = new(0x0040, 0xA168);
    public static readonly DicomTag MeasuredValueSequence = new(0x0040, 0xA300);
    public static readonly DicomTag NumericValue = new(0x0040, 0xA30A);
    public static readonly DicomTag PerformedProcedureCodeSequence = new(0x0040, 0xA372);
    public static readonly DicomTag CurrentRequestedProcedureEvidenceSequence = new(0x0040, 0xA375);
    public static readonly DicomTag CompletionFlag = new(0x0040, 0xA491);
    public static readonly DicomTag VerificationFlag = new(0x0040, 0xA493);
    public static readonly DicomTag ContentSequence = new(0x0040, 0xA730);
}
