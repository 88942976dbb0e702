using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.Series;

/// <summary>
/// An assembled CT series: the volume in Hounsfield units on its LPS grid, and the references a
/// derived object (SEG, SR) needs. Slice z of the volume is the instance <see cref="SopInstanceUids"/>[z].
/// </summary>
public sealed class CtSeries
{
    public CtSeries(ImageVolume volume, DicomDataset header, IReadOnlyList<string> sopInstanceUids)
    {
        ArgumentNullException.ThrowIfNull(volume);
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(sopInstanceUids);
        Volume = volume;
        Header = header;
        SopInstanceUids = sopInstanceUids;
    }

    /// <summary>Int16 when every rescaled value is a whole number in int16 range, otherwise Float32.</summary>
    public ImageVolume Volume { get; }

    /// <summary>The first slice's attributes without pixel data: patient, study, series and frame of reference.</summary>
    public DicomDataset Header { get; }

    /// <summary>SOPInstanceUID of each slice, in volume z order (ascending along the slice normal).</summary>
    public IReadOnlyList<string> SopInstanceUids { get; }

    public string SeriesInstanceUid => Header.GetRequiredString(DicomTag.SeriesInstanceUID);

    public string StudyInstanceUid => Header.GetRequiredString(DicomTag.StudyInstanceUID);

    public string FrameOfReferenceUid => Header.GetRequiredString(DicomTag.FrameOfReferenceUID);

    public string SopClassUid => Header.GetRequiredString(DicomTag.SOPClassUID);
}
