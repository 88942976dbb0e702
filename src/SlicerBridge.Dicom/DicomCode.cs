namespace SlicerBridge.Dicom;

/// <summary>A coded concept (Code Sequence Macro): value, coding scheme and meaning, e.g. ("10200004", "SCT", "Liver").</summary>
public sealed record DicomCode(string Value, string Scheme, string Meaning)
{
    public DicomDataset ToDataset() => new DicomDataset()
        .AddString(DicomTag.CodeValue, DicomVR.SH, Value)
        .AddString(DicomTag.CodingSchemeDesignator, DicomVR.SH, Scheme)
        .AddString(DicomTag.CodeMeaning, DicomVR.LO, Meaning);

    /// <summary>The code in a sequence item, or null when the item lacks a value or scheme.</summary>
    public static DicomCode? FromDataset(DicomDataset? item)
    {
        if (item?.GetString(DicomTag.CodeValue) is not { Length: > 0 } value ||
            item.GetString(DicomTag.CodingSchemeDesignator) is not { Length: > 0 } scheme)
        {
            return null;
        }

        return new DicomCode(value, scheme, item.GetString(DicomTag.CodeMeaning) ?? "");
    }
}
