using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.StructuredReport;

/// <summary>
/// Copies the Patient and General Study modules of a source instance into a new derived instance (SR,
/// Secondary Capture), so the PACS files it in the same study under the same patient. Values are copied
/// as encoded, with the source's SpecificCharacterSet.
/// </summary>
internal static class SourceStudy
{
    private static readonly DicomTag[] CopiedIfPresent = [DicomTag.SpecificCharacterSet, DicomTag.StudyDescription];

    // Type 2: present, empty when the source has no value.
    private static readonly (DicomTag Tag, DicomVR VR)[] CopiedOrEmpty =
    [
        (DicomTag.PatientName, DicomVR.PN), (DicomTag.PatientID, DicomVR.LO), (DicomTag.PatientBirthDate, DicomVR.DA),
        (DicomTag.PatientSex, DicomVR.CS), (DicomTag.StudyDate, DicomVR.DA), (DicomTag.StudyTime, DicomVR.TM),
        (DicomTag.ReferringPhysicianName, DicomVR.PN), (DicomTag.StudyID, DicomVR.SH), (DicomTag.AccessionNumber, DicomVR.SH),
    ];

    /// <summary>A new dataset holding the source's patient and study attributes; throws when the source has no StudyInstanceUID.</summary>
    public static DicomDataset Start(DicomDataset source, string where)
    {
        ArgumentNullException.ThrowIfNull(source);
        var studyUid = source.GetRequiredString(DicomTag.StudyInstanceUID, where);
        var dataset = new DicomDataset();
        foreach (var tag in CopiedIfPresent)
        {
            if (source[tag] is { } item)
            {
                dataset.Add(item);
            }
        }

        foreach (var (tag, vr) in CopiedOrEmpty)
        {
            dataset.Add(source[tag] is DicomElement element ? element : new DicomElement(tag, vr, ReadOnlyMemory<byte>.Empty));
        }

        return dataset.AddString(DicomTag.StudyInstanceUID, DicomVR.UI, studyUid);
    }

    /// <summary>Rejects text values that would break the dataset: DICOM control characters and backslashes in single values.</summary>
    public static string Text(string value, string what)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t'))
            ? throw new InvalidInputException($"{what} contains control characters", what)
            : value;
    }
}
