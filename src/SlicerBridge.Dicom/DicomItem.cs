namespace SlicerBridge.Dicom;

/// <summary>One attribute of a dataset: an element with a value, or a sequence of nested datasets.</summary>
public abstract class DicomItem
{
    protected DicomItem(DicomTag tag, DicomVR vr)
    {
        ArgumentNullException.ThrowIfNull(vr);
        Tag = tag;
        VR = vr;
    }

    public DicomTag Tag { get; }

    public DicomVR VR { get; }
}
