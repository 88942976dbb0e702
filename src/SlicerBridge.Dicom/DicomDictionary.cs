using System.Globalization;

namespace SlicerBridge.Dicom;

/// <summary>
/// The subset of the PS3.6 data dictionary this project needs: the VR of each attribute (which
/// Implicit VR streams do not carry) and its keyword (for messages and QIDO keys). Unknown tags are
/// read as UN; undefined-length UN values are parsed as sequences, as PS3.5 requires.
/// </summary>
public static class DicomDictionary
{
    // Tag, VR, keyword. Where PS3.6 allows two VRs ("US or SS", "OB or OW") the first listed is the one
    // an implicit-VR reader should assume for CT and SEG.
    private const string Table = """
        00020000 UL FileMetaInformationGroupLength
        00020001 OB FileMetaInformationVersion
        00020002 UI MediaStorageSOPClassUID
        00020003 UI MediaStorageSOPInstanceUID
        00020010 UI TransferSyntaxUID
        00020012 UI ImplementationClassUID
        00020013 SH ImplementationVersionName
        00020016 AE SourceApplicationEntityTitle
        00080005 CS SpecificCharacterSet
        00080008 CS ImageType
        00080012 DA InstanceCreationDate
        00080013 TM InstanceCreationTime
        00080016 UI SOPClassUID
        00080018 UI SOPInstanceUID
        00080020 DA StudyDate
        00080021 DA SeriesDate
        00080022 DA AcquisitionDate
        00080023 DA ContentDate
        00080030 TM StudyTime
        00080031 TM SeriesTime
        00080032 TM AcquisitionTime
        00080033 TM ContentTime
        00080050 SH AccessionNumber
        00080060 CS Modality
        00080064 CS ConversionType
        00080070 LO Manufacturer
        00080080 LO InstitutionName
        00080090 PN ReferringPhysicianName
        00080100 SH CodeValue
        00080102 SH CodingSchemeDesignator
        00080103 SH CodingSchemeVersion
        00080104 LO CodeMeaning
        00080105 CS MappingResource
        00081010 SH StationName
        00081030 LO StudyDescription
        00081032 SQ ProcedureCodeSequence
        0008103E LO SeriesDescription
        00081090 LO ManufacturerModelName
        00081115 SQ ReferencedSeriesSequence
        00081140 SQ ReferencedImageSequence
        0008114A SQ ReferencedInstanceSequence
        00081150 UI ReferencedSOPClassUID
        00081155 UI ReferencedSOPInstanceUID
        00081190 UR RetrieveURL
        00081197 US FailureReason
        00081198 SQ FailedSOPSequence
        00081199 SQ ReferencedSOPSequence
        00082111 ST DerivationDescription
        00082112 SQ SourceImageSequence
        00089124 SQ DerivationImageSequence
        00089215 SQ DerivationCodeSequence
        00100010 PN PatientName
        00100020 LO PatientID
        00100030 DA PatientBirthDate
        00100040 CS PatientSex
        00101010 AS PatientAge
        00120062 CS PatientIdentityRemoved
        00120063 LO DeidentificationMethod
        00120064 SQ DeidentificationMethodCodeSequence
        00180015 CS BodyPartExamined
        00180050 DS SliceThickness
        00180060 DS KVP
        00180088 DS SpacingBetweenSlices
        00181000 LO DeviceSerialNumber
        00181020 LO SoftwareVersions
        00181030 LO ProtocolName
        00181100 DS ReconstructionDiameter
        00181150 IS ExposureTime
        00181151 IS XRayTubeCurrent
        00181152 IS Exposure
        00181210 SH ConvolutionKernel
        00185100 CS PatientPosition
        0020000D UI StudyInstanceUID
        0020000E UI SeriesInstanceUID
        00200010 SH StudyID
        00200011 IS SeriesNumber
        00200012 IS AcquisitionNumber
        00200013 IS InstanceNumber
        00200032 DS ImagePositionPatient
        00200037 DS ImageOrientationPatient
        00200052 UI FrameOfReferenceUID
        00201040 LO PositionReferenceIndicator
        00201041 DS SliceLocation
        00209111 SQ FrameContentSequence
        00209113 SQ PlanePositionSequence
        00209116 SQ PlaneOrientationSequence
        00209157 UL DimensionIndexValues
        00209164 UI DimensionOrganizationUID
        00209165 AT DimensionIndexPointer
        00209167 AT FunctionalGroupPointer
        00209221 SQ DimensionOrganizationSequence
        00209222 SQ DimensionIndexSequence
        00209421 LO DimensionDescriptionLabel
        00280002 US SamplesPerPixel
        00280004 CS PhotometricInterpretation
        00280008 IS NumberOfFrames
        00280010 US Rows
        00280011 US Columns
        00280030 DS PixelSpacing
        00280100 US BitsAllocated
        00280101 US BitsStored
        00280102 US HighBit
        00280103 US PixelRepresentation
        00280106 US SmallestImagePixelValue
        00280107 US LargestImagePixelValue
        00280120 US PixelPaddingValue
        00281050 DS WindowCenter
        00281051 DS WindowWidth
        00281052 DS RescaleIntercept
        00281053 DS RescaleSlope
        00281054 LO RescaleType
        00282110 CS LossyImageCompression
        00289110 SQ PixelMeasuresSequence
        004008EA SQ MeasurementUnitsCodeSequence
        0040A010 CS RelationshipType
        0040A040 CS ValueType
        0040A043 SQ ConceptNameCodeSequence
        0040A050 CS ContinuityOfContent
        0040A160 UT TextValue
        0040A168 SQ ConceptCodeSequence
        0040A170 SQ PurposeOfReferenceCodeSequence
        0040A300 SQ MeasuredValueSequence
        0040A30A DS NumericValue
        0040A491 CS CompletionFlag
        0040A493 CS VerificationFlag
        0040A504 SQ ContentTemplateSequence
        0040A730 SQ ContentSequence
        0040DB00 CS TemplateIdentifier
        00620001 CS SegmentationType
        00620002 SQ SegmentSequence
        00620003 SQ SegmentedPropertyCategoryCodeSequence
        00620004 US SegmentNumber
        00620005 LO SegmentLabel
        00620006 ST SegmentDescription
        00620008 CS SegmentAlgorithmType
        00620009 LO SegmentAlgorithmName
        0062000A SQ SegmentIdentificationSequence
        0062000B US ReferencedSegmentNumber
        0062000D US RecommendedDisplayCIELabValue
        0062000E US MaximumFractionalValue
        0062000F SQ SegmentedPropertyTypeCodeSequence
        00620010 CS SegmentationFractionalType
        00620013 CS SegmentsOverlap
        00700080 CS ContentLabel
        00700081 LO ContentDescription
        00700084 PN ContentCreatorName
        52009229 SQ SharedFunctionalGroupsSequence
        52009230 SQ PerFrameFunctionalGroupsSequence
        7FE00010 OW PixelData
        """;

    private static readonly Dictionary<DicomTag, (DicomVR VR, string Keyword)> ByTag = Parse();

    private static readonly Dictionary<string, DicomTag> ByKeyword =
        ByTag.ToDictionary(e => e.Value.Keyword, e => e.Key, StringComparer.Ordinal);

    /// <summary>The VR an Implicit VR reader assumes: the dictionary's, UL for group lengths, UN otherwise.</summary>
    public static DicomVR VROf(DicomTag tag) =>
        ByTag.TryGetValue(tag, out var entry) ? entry.VR
        : tag.Element == 0 ? DicomVR.UL
        : DicomVR.UN;

    public static string? KeywordOf(DicomTag tag) => ByTag.TryGetValue(tag, out var entry) ? entry.Keyword : null;

    public static bool TryGetTag(string keyword, out DicomTag tag) => ByKeyword.TryGetValue(keyword, out tag);

    /// <summary>"Keyword (gggg,eeee)" for messages; just the tag when the keyword is unknown.</summary>
    public static string Describe(DicomTag tag) =>
        KeywordOf(tag) is { } keyword ? $"{keyword} {tag}" : tag.ToString();

    private static Dictionary<DicomTag, (DicomVR, string)> Parse()
    {
        var result = new Dictionary<DicomTag, (DicomVR, string)>();
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = line.Split(' ');
            var tag = DicomTag.FromValue(uint.Parse(parts[0], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
            result.Add(tag, (DicomVR.Parse(parts[1]), parts[2]));
        }

        return result;
    }
}
