using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom;

/// <summary>
/// A set of attributes ordered by tag: a whole instance, the file meta group, or one sequence item.
/// Getters decode on demand; a missing or malformed value required by a caller becomes an
/// <see cref="InvalidInputException"/> naming the attribute.
/// </summary>
public sealed class DicomDataset
{
    private readonly SortedDictionary<DicomTag, DicomItem> _items = new();
    private DicomCharacterSet? _ownCharacterSet;

    public DicomDataset(DicomCharacterSet? inheritedCharacterSet = null)
    {
        InheritedCharacterSet = inheritedCharacterSet ?? DicomCharacterSet.Default;
    }

    /// <summary>The character set of the enclosing dataset, used when this one has no (0008,0005).</summary>
    public DicomCharacterSet InheritedCharacterSet { get; set; }

    /// <summary>The character set that decodes this dataset's PN, LO, SH, ST, LT, UT and UC values.</summary>
    public DicomCharacterSet CharacterSet => _ownCharacterSet ?? InheritedCharacterSet;

    public int Count => _items.Count;

    /// <summary>The attributes in ascending tag order.</summary>
    public IEnumerable<DicomItem> Items => _items.Values;

    public bool Contains(DicomTag tag) => _items.ContainsKey(tag);

    public DicomItem? this[DicomTag tag] => _items.GetValueOrDefault(tag);

    /// <summary>Adds or replaces an attribute.</summary>
    public DicomDataset Add(DicomItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _items[item.Tag] = item;
        if (item.Tag == DicomTag.SpecificCharacterSet)
        {
            _ownCharacterSet = item is DicomElement { VR.Kind: DicomVRKind.AsciiText } element
                ? DicomCharacterSet.FromTerms(ReadStrings(element, DicomCharacterSet.Default))
                : throw new InvalidInputException($"{DicomDictionary.Describe(item.Tag)} must have VR CS, not {item.VR}");
        }

        return this;
    }

    public bool Remove(DicomTag tag)
    {
        if (tag == DicomTag.SpecificCharacterSet)
        {
            _ownCharacterSet = null;
        }

        return _items.Remove(tag);
    }

    /// <summary>Adds text values, joined with backslashes and padded to even length as the VR requires.</summary>
    public DicomDataset AddString(DicomTag tag, DicomVR vr, params string[] values)
    {
        ArgumentNullException.ThrowIfNull(vr);
        ArgumentNullException.ThrowIfNull(values);
        if (!vr.IsText)
        {
            throw new ArgumentException($"{vr} is not a text VR", nameof(vr));
        }

        var joined = string.Join('\\', values);
        var bytes = vr.Kind == DicomVRKind.CharacterSetText
            ? CharacterSet.Encode(joined, DicomDictionary.Describe(tag))
            : Encoding.ASCII.GetBytes(joined);
        return Add(new DicomElement(tag, vr, PadEven(bytes, vr.PaddingByte)));
    }

    /// <summary>Adds decimal strings (DS), each the shortest round-trip form that fits the 16-byte limit.</summary>
    public DicomDataset AddDecimalString(DicomTag tag, params double[] values) =>
        AddString(tag, DicomVR.DS, values.Select(FormatDecimalString).ToArray());

    public DicomDataset AddIntegerString(DicomTag tag, params int[] values) =>
        AddString(tag, DicomVR.IS, values.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray());

    public DicomDataset AddUInt16(DicomTag tag, params ushort[] values)
    {
        var bytes = new byte[values.Length * 2];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(2 * i), values[i]);
        }

        return Add(new DicomElement(tag, DicomVR.US, bytes));
    }

    public DicomDataset AddUInt32(DicomTag tag, params uint[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(4 * i), values[i]);
        }

        return Add(new DicomElement(tag, DicomVR.UL, bytes));
    }

    /// <summary>Adds AT values (tags), e.g. DimensionIndexPointer.</summary>
    public DicomDataset AddAttributeTag(DicomTag tag, params DicomTag[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4 * i), values[i].Group);
            BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4 * i + 2), values[i].Element);
        }

        return Add(new DicomElement(tag, DicomVR.AT, bytes));
    }

    /// <summary>Adds a byte or word stream, padded to even length.</summary>
    public DicomDataset AddBytes(DicomTag tag, DicomVR vr, ReadOnlyMemory<byte> value)
    {
        ArgumentNullException.ThrowIfNull(vr);
        return Add(new DicomElement(tag, vr, value.Length % 2 == 0 ? value : PadEven(value.ToArray(), 0)));
    }

    public DicomDataset AddSequence(DicomTag tag, params DicomDataset[] items) => Add(new DicomSequence(tag, items));

    public DicomElement? GetElement(DicomTag tag) => _items.GetValueOrDefault(tag) as DicomElement;

    public DicomSequence? GetSequence(DicomTag tag) => _items.GetValueOrDefault(tag) as DicomSequence;

    /// <summary>The first item of a sequence, or null when the sequence is absent or empty.</summary>
    public DicomDataset? GetFirstItem(DicomTag tag) => GetSequence(tag)?.Items.FirstOrDefault();

    /// <summary>The whole text value without trailing padding, or null when absent.</summary>
    public string? GetString(DicomTag tag)
    {
        var element = GetElement(tag);
        return element is null ? null : DecodeText(element, CharacterSet).TrimEnd(' ', '\0');
    }

    /// <summary>The values of a text attribute (split at backslashes unless the VR is single-valued); empty when absent.</summary>
    public IReadOnlyList<string> GetStrings(DicomTag tag)
    {
        var element = GetElement(tag);
        return element is null ? [] : ReadStrings(element, CharacterSet);
    }

    /// <summary>A single required text value; throws naming the attribute when it is missing or empty.</summary>
    public string GetRequiredString(DicomTag tag, string? where = null)
    {
        var value = GetString(tag)?.Trim();
        return string.IsNullOrEmpty(value)
            ? throw new InvalidInputException($"missing attribute {DicomDictionary.Describe(tag)}", where)
            : value;
    }

    /// <summary>The numeric values of DS, IS, US, SS, UL, SL, FL, FD, SV or UV; empty when absent.</summary>
    public double[] GetDoubles(DicomTag tag, string? where = null)
    {
        var element = GetElement(tag);
        if (element is null)
        {
            return [];
        }

        var bytes = element.Value.Span;
        var vr = element.VR;
        if (vr == DicomVR.DS || vr == DicomVR.IS)
        {
            var texts = ReadStrings(element, DicomCharacterSet.Default);
            var result = new double[texts.Count];
            for (var i = 0; i < texts.Count; i++)
            {
                var text = texts[i].Trim();
                if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out result[i]) ||
                    !double.IsFinite(result[i]))
                {
                    throw new InvalidInputException(
                        $"attribute {DicomDictionary.Describe(tag)} has a non-numeric value '{Printable(text)}'", where);
                }
            }

            return result;
        }

        if (vr.Kind != DicomVRKind.Binary || vr == DicomVR.AT)
        {
            throw new InvalidInputException($"attribute {DicomDictionary.Describe(tag)} has VR {vr}, not a number", where);
        }

        var count = bytes.Length / vr.UnitSize;
        var values = new double[count];
        for (var i = 0; i < count; i++)
        {
            var unit = bytes.Slice(i * vr.UnitSize, vr.UnitSize);
            values[i] = vr.Code switch
            {
                "US" => BinaryPrimitives.ReadUInt16LittleEndian(unit),
                "SS" => BinaryPrimitives.ReadInt16LittleEndian(unit),
                "UL" => BinaryPrimitives.ReadUInt32LittleEndian(unit),
                "SL" => BinaryPrimitives.ReadInt32LittleEndian(unit),
                "FL" => BinaryPrimitives.ReadSingleLittleEndian(unit),
                "FD" => BinaryPrimitives.ReadDoubleLittleEndian(unit),
                "SV" => BinaryPrimitives.ReadInt64LittleEndian(unit),
                _ => BinaryPrimitives.ReadUInt64LittleEndian(unit),
            };
        }

        return values;
    }

    /// <summary>Exactly <paramref name="count"/> finite numbers; throws naming the attribute otherwise.</summary>
    public double[] GetRequiredDoubles(DicomTag tag, int count, string? where = null)
    {
        var values = GetDoubles(tag, where);
        if (values.Length == 0)
        {
            throw new InvalidInputException($"missing attribute {DicomDictionary.Describe(tag)}", where);
        }

        if (values.Length != count || values.Any(v => !double.IsFinite(v)))
        {
            throw new InvalidInputException(
                $"attribute {DicomDictionary.Describe(tag)} must hold {count} finite number(s), found {values.Length}", where);
        }

        return values;
    }

    public double GetRequiredDouble(DicomTag tag, string? where = null) => GetRequiredDoubles(tag, 1, where)[0];

    /// <summary>The first numeric value, or <paramref name="fallback"/> when the attribute is absent or empty.</summary>
    public double GetDoubleOrDefault(DicomTag tag, double fallback, string? where = null)
    {
        var values = GetDoubles(tag, where);
        return values.Length == 0 ? fallback : values[0];
    }

    /// <summary>A required whole number within int range.</summary>
    public int GetRequiredInt32(DicomTag tag, string? where = null)
    {
        var value = GetRequiredDouble(tag, where);
        return value == Math.Floor(value) && value >= int.MinValue && value <= int.MaxValue
            ? (int)value
            : throw new InvalidInputException($"attribute {DicomDictionary.Describe(tag)} must be a whole number", where);
    }

    /// <summary>AT values as tags; empty when absent.</summary>
    public IReadOnlyList<DicomTag> GetAttributeTags(DicomTag tag)
    {
        var element = GetElement(tag);
        if (element is null || element.VR != DicomVR.AT)
        {
            return [];
        }

        var bytes = element.Value.Span;
        var result = new DicomTag[bytes.Length / 4];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new DicomTag(
                BinaryPrimitives.ReadUInt16LittleEndian(bytes[(4 * i)..]),
                BinaryPrimitives.ReadUInt16LittleEndian(bytes[(4 * i + 2)..]));
        }

        return result;
    }

    /// <summary>The shortest round-trip decimal string of at most 16 characters (the DS limit).</summary>
    public static string FormatDecimalString(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "a DS value must be finite");
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        for (var digits = 15; text.Length > 16 && digits > 0; digits--)
        {
            text = value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        return text;
    }

    private static List<string> ReadStrings(DicomElement element, DicomCharacterSet characterSet)
    {
        var text = DecodeText(element, characterSet);
        var values = element.VR.IsSingleValued ? [text] : text.Split('\\');
        var result = new List<string>(values.Length);
        foreach (var value in values)
        {
            result.Add(value.TrimEnd(' ', '\0'));
        }

        return result.Count == 1 && result[0].Length == 0 ? [] : result;
    }

    private static string DecodeText(DicomElement element, DicomCharacterSet characterSet)
    {
        if (!element.VR.IsText)
        {
            throw new InvalidInputException(
                $"attribute {DicomDictionary.Describe(element.Tag)} has VR {element.VR}, not text");
        }

        var bytes = element.Value.Span;
        return element.VR.Kind == DicomVRKind.CharacterSetText
            ? characterSet.Decode(bytes, DicomDictionary.Describe(element.Tag))
            : Encoding.Latin1.GetString(bytes);
    }

    private static string Printable(string text) => text.Length > 32 ? text[..32] + "..." : text;

    private static byte[] PadEven(byte[] bytes, byte padding)
    {
        if (bytes.Length % 2 == 0)
        {
            return bytes;
        }

        var padded = new byte[bytes.Length + 1];
        bytes.CopyTo(padded, 0);
        padded[^1] = padding;
        return padded;
    }
}
