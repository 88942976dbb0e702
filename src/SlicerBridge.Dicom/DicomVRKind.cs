namespace SlicerBridge.Dicom;

/// <summary>The families of VRs that share an encoding.</summary>
public enum DicomVRKind
{
    /// <summary>Text from the default repertoire (CS, DA, DS, IS, TM, ...).</summary>
    AsciiText,

    /// <summary>Text in the dataset's Specific Character Set (PN, LO, SH, ST, LT, UT, UC).</summary>
    CharacterSetText,

    /// <summary>UI: ASCII padded with NUL.</summary>
    Uid,

    /// <summary>Fixed-size binary numbers (US, SS, UL, SL, FL, FD, AT, SV, UV).</summary>
    Binary,

    /// <summary>Byte or word streams (OB, OW, OF, OD, OL, OV, UN).</summary>
    Bulk,

    Sequence,
}
