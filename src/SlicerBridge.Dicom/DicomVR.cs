namespace SlicerBridge.Dicom;

/// <summary>How a DICOM element encodes its value (PS3.5 section 6.2).</summary>
public sealed class DicomVR
{
    private static readonly Dictionary<ushort, DicomVR> ByCode = new();

    public static readonly DicomVR AE = Text("AE", DicomVRKind.AsciiText);
    public static readonly DicomVR AS = Text("AS", DicomVRKind.AsciiText);
    public static readonly DicomVR AT = Binary("AT", 4);
    public static readonly DicomVR CS = Text("CS", DicomVRKind.AsciiText);
    public static readonly DicomVR DA = Text("DA", DicomVRKind.AsciiText);
    public static readonly DicomVR DS = Text("DS", DicomVRKind.AsciiText);
    public static readonly DicomVR DT = Text("DT", DicomVRKind.AsciiText);
    public static readonly DicomVR FL = Binary("FL", 4);
    public static readonly DicomVR FD = Binary("FD", 8);
    public static readonly DicomVR IS = Text("IS", DicomVRKind.AsciiText);
    public static readonly DicomVR LO = Text("LO", DicomVRKind.CharacterSetText);
    public static readonly DicomVR LT = Text("LT", DicomVRKind.CharacterSetText, singleValued: true);
    public static readonly DicomVR OB = Bulk("OB", 1);
    public static readonly DicomVR OD = Bulk("OD", 8);
    public static readonly DicomVR OF = Bulk("OF", 4);
    public static readonly DicomVR OL = Bulk("OL", 4);
    public static readonly DicomVR OV = Bulk("OV", 8);
    public static readonly DicomVR OW = Bulk("OW", 2);
    public static readonly DicomVR PN = Text("PN", DicomVRKind.CharacterSetText);
    public static readonly DicomVR SH = Text("SH", DicomVRKind.CharacterSetText);
    public static readonly DicomVR SL = Binary("SL", 4);
    public static readonly DicomVR SQ = new("SQ", DicomVRKind.Sequence, longLength: true, unitSize: 1, singleValued: false);
    public static readonly DicomVR SS = Binary("SS", 2);
    public static readonly DicomVR ST = Text("ST", DicomVRKind.CharacterSetText, singleValued: true);
    public static readonly DicomVR SV = Binary("SV", 8, longLength: true);
    public static readonly DicomVR TM = Text("TM", DicomVRKind.AsciiText);
    public static readonly DicomVR UC = Text("UC", DicomVRKind.CharacterSetText, longLength: true);
    public static readonly DicomVR UI = new("UI", DicomVRKind.Uid, longLength: false, unitSize: 1, singleValued: false);
    public static readonly DicomVR UL = Binary("UL", 4);
    public static readonly DicomVR UN = Bulk("UN", 1);
    public static readonly DicomVR UR = Text("UR", DicomVRKind.AsciiText, longLength: true, singleValued: true);
    public static readonly DicomVR US = Binary("US", 2);
    public static readonly DicomVR UT = Text("UT", DicomVRKind.CharacterSetText, longLength: true, singleValued: true);
    public static readonly DicomVR UV = Binary("UV", 8, longLength: true);

    private DicomVR(string code, DicomVRKind kind, bool longLength, int unitSize, bool singleValued)
    {
        Code = code;
        Kind = kind;
        HasLongLength = longLength;
        UnitSize = unitSize;
        IsSingleValued = singleValued;
        ByCode[Key(code[0], code[1])] = this;
    }

    /// <summary>The two-letter code, e.g. "PN".</summary>
    public string Code { get; }

    public DicomVRKind Kind { get; }

    /// <summary>True when explicit-VR encoding uses 2 reserved bytes and a 4-byte length (OB, OW, SQ, UN, UT, ...).</summary>
    public bool HasLongLength { get; }

    /// <summary>Bytes per binary value (1 for text).</summary>
    public int UnitSize { get; }

    /// <summary>Text VRs whose backslash is a character, not a value separator (LT, ST, UT, UR).</summary>
    public bool IsSingleValued { get; }

    public bool IsText => Kind is DicomVRKind.AsciiText or DicomVRKind.CharacterSetText or DicomVRKind.Uid;

    /// <summary>The byte that pads an odd-length value to even length: NUL for UI and binary, space for text.</summary>
    public byte PaddingByte => Kind is DicomVRKind.AsciiText or DicomVRKind.CharacterSetText ? (byte)' ' : (byte)0;

    public static bool TryParse(byte first, byte second, out DicomVR vr) =>
        ByCode.TryGetValue(Key((char)first, (char)second), out vr!);

    public static DicomVR Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length == 2 && ByCode.TryGetValue(Key(code[0], code[1]), out var vr))
        {
            return vr;
        }

        throw new ArgumentException($"unknown VR '{code}'", nameof(code));
    }

    public override string ToString() => Code;

    private static ushort Key(char first, char second) => (ushort)((first << 8) | (second & 0xFF));

    private static DicomVR Text(string code, DicomVRKind kind, bool longLength = false, bool singleValued = false) =>
        new(code, kind, longLength, 1, singleValued);

    private static DicomVR Binary(string code, int size, bool longLength = false) =>
        new(code, DicomVRKind.Binary, longLength, size, singleValued: false);

    private static DicomVR Bulk(string code, int size) =>
        new(code, DicomVRKind.Bulk, longLength: true, size, singleValued: true);
}
