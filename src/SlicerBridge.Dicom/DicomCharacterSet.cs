using System.Text;

namespace SlicerBridge.Dicom;

/// <summary>
/// The text encoding named by Specific Character Set (0008,0005). Supported: the default repertoire,
/// ISO_IR 100 (Latin-1) and ISO_IR 192 (UTF-8). Anything else (ISO 2022 escapes, GB18030, ...) is
/// recorded and only rejected when such text is actually decoded, so a file with a Japanese patient
/// name still yields its pixels and geometry.
/// </summary>
public sealed class DicomCharacterSet
{
    /// <summary>The default repertoire. Bytes above 0x7F are not valid there; they decode as Latin-1 rather than being lost.</summary>
    public static readonly DicomCharacterSet Default = new("ISO_IR 6", Encoding.Latin1);

    public static readonly DicomCharacterSet Latin1 = new("ISO_IR 100", Encoding.Latin1);

    public static readonly DicomCharacterSet Utf8 = new("ISO_IR 192", new UTF8Encoding(false));

    private readonly Encoding? _encoding;

    private DicomCharacterSet(string term, Encoding? encoding)
    {
        Term = term;
        _encoding = encoding;
    }

    /// <summary>The defined term as written in the file.</summary>
    public string Term { get; }

    public bool IsSupported => _encoding is not null;

    /// <summary>The character set for the value of (0008,0005); an empty value means the default repertoire.</summary>
    public static DicomCharacterSet FromTerms(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var used = terms.Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (used.Count == 0)
        {
            return Default;
        }

        if (used.Count == 1)
        {
            switch (used[0])
            {
                case "ISO_IR 6": return Default;
                case "ISO_IR 100": return Latin1;
                case "ISO_IR 192": return Utf8;
            }
        }

        return new DicomCharacterSet(string.Join('\\', terms), null);
    }

    public string Decode(ReadOnlySpan<byte> bytes, string? where = null) =>
        (_encoding ?? throw Unsupported(where)).GetString(bytes);

    public byte[] Encode(string text, string? where = null) =>
        (_encoding ?? throw Unsupported(where)).GetBytes(text);

    private Imaging.InvalidInputException Unsupported(string? where) =>
        new($"Specific Character Set '{Term}' is not supported (supported: ISO_IR 6, ISO_IR 100, ISO_IR 192)", where);
}
