using System.Buffers.Binary;
using System.Globalization;
using System.Text.Json;
using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.Web;

/// <summary>
/// DICOM JSON (PS3.18 F.2) to <see cref="DicomDataset"/>. JSON text is Unicode, so every dataset built
/// here declares Specific Character Set ISO_IR 192 (UTF-8) and encodes its text that way. Bulk data
/// given by URI becomes an empty element carrying <see cref="DicomElement.BulkDataUri"/>.
/// </summary>
public static class DicomJsonReader
{
    private const int MaxDepth = 32;

    /// <summary>A QIDO-RS or metadata response: an array of datasets.</summary>
    public static IReadOnlyList<DicomDataset> ReadArray(ReadOnlySpan<byte> json, string? where = null)
    {
        using var document = Parse(json, where);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidInputException("DICOM JSON response is not an array", where);
        }

        return document.RootElement.EnumerateArray().Select(e => ReadDataset(e, 0, where)).ToList();
    }

    /// <summary>A single dataset object (e.g. a STOW-RS response).</summary>
    public static DicomDataset ReadObject(ReadOnlySpan<byte> json, string? where = null)
    {
        using var document = Parse(json, where);
        return ReadDataset(document.RootElement, 0, where);
    }

    private static JsonDocument Parse(ReadOnlySpan<byte> json, string? where)
    {
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 4 * MaxDepth + 8 });
            return JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException e)
        {
            throw new InvalidInputException("malformed DICOM JSON: " + e.Message, where, e);
        }
    }

    private static DicomDataset ReadDataset(JsonElement json, int depth, string? where)
    {
        if (json.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInputException("a DICOM JSON dataset must be an object", where);
        }

        var dataset = new DicomDataset(DicomCharacterSet.Utf8);
        if (depth == 0)
        {
            dataset.AddString(DicomTag.SpecificCharacterSet, DicomVR.CS, "ISO_IR 192");
        }

        foreach (var property in json.EnumerateObject())
        {
            if (!DicomTag.TryParse(property.Name, out var tag))
            {
                throw new InvalidInputException($"'{property.Name}' is not a DICOM JSON tag key", where);
            }

            if (tag == DicomTag.SpecificCharacterSet)
            {
                continue;
            }

            var vrText = property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("vr", out var v) &&
                v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            DicomVR vr;
            try
            {
                vr = DicomVR.Parse(vrText ?? "");
            }
            catch (ArgumentException)
            {
                throw new InvalidInputException($"attribute {tag} has no valid \"vr\"", where);
            }

            dataset.Add(ReadItem(tag, vr, property.Value, dataset, depth, where));
        }

        return dataset;
    }

    private static DicomItem ReadItem(DicomTag tag, DicomVR vr, JsonElement json, DicomDataset owner, int depth, string? where)
    {
        var values = json.TryGetProperty("Value", out var array) && array.ValueKind == JsonValueKind.Array ? array.EnumerateArray().ToList() : [];
        if (vr == DicomVR.SQ)
        {
            if (depth >= MaxDepth)
            {
                throw new InvalidInputException($"DICOM JSON sequences nested deeper than {MaxDepth}", where);
            }

            return new DicomSequence(tag, values.Select(item => ReadDataset(item, depth + 1, where)));
        }

        try
        {
            if (json.TryGetProperty("BulkDataURI", out var uri))
            {
                return new DicomElement(tag, vr, ReadOnlyMemory<byte>.Empty, uri.GetString());
            }

            if (json.TryGetProperty("InlineBinary", out var inline))
            {
                return new DicomElement(tag, vr, inline.GetBytesFromBase64());
            }

            return vr.Kind switch
            {
                DicomVRKind.Binary => Binary(tag, vr, values),
                DicomVRKind.Bulk => new DicomElement(tag, vr, ReadOnlyMemory<byte>.Empty),
                _ => Text(tag, vr, values, owner),
            };
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException)
        {
            throw new InvalidInputException($"attribute {DicomDictionary.Describe(tag)} has a value that does not match VR {vr}", where, e);
        }
    }

    private static DicomElement Text(DicomTag tag, DicomVR vr, List<JsonElement> values, DicomDataset owner)
    {
        var texts = values.Select(value => value.ValueKind switch
        {
            JsonValueKind.Null => "",
            JsonValueKind.Number when vr == DicomVR.DS => DicomDataset.FormatDecimalString(value.GetDouble()),
            JsonValueKind.Number => value.GetInt64().ToString(CultureInfo.InvariantCulture),
            JsonValueKind.Object when vr == DicomVR.PN => PersonName(value),
            _ => value.GetString() ?? "",
        }).ToArray();
        var scratch = new DicomDataset(owner.CharacterSet);
        scratch.AddString(tag, vr, texts);
        return scratch.GetElement(tag)!;
    }

    /// <summary>PN objects: Alphabetic=Ideographic=Phonetic, trailing empty groups dropped.</summary>
    private static string PersonName(JsonElement value)
    {
        string Group(string name) => value.TryGetProperty(name, out var g) ? g.GetString() ?? "" : "";
        return string.Join('=', Group("Alphabetic"), Group("Ideographic"), Group("Phonetic")).TrimEnd('=');
    }

    private static DicomElement Binary(DicomTag tag, DicomVR vr, List<JsonElement> values)
    {
        var bytes = new byte[values.Count * vr.UnitSize];
        for (var i = 0; i < values.Count; i++)
        {
            var target = bytes.AsSpan(i * vr.UnitSize);
            var value = values[i];
            switch (vr.Code)
            {
                case "US": BinaryPrimitives.WriteUInt16LittleEndian(target, value.GetUInt16()); break;
                case "SS": BinaryPrimitives.WriteInt16LittleEndian(target, value.GetInt16()); break;
                case "UL": BinaryPrimitives.WriteUInt32LittleEndian(target, value.GetUInt32()); break;
                case "SL": BinaryPrimitives.WriteInt32LittleEndian(target, value.GetInt32()); break;
                case "FL": BinaryPrimitives.WriteSingleLittleEndian(target, value.GetSingle()); break;
                case "FD": BinaryPrimitives.WriteDoubleLittleEndian(target, value.GetDouble()); break;
                case "SV": BinaryPrimitives.WriteInt64LittleEndian(target, value.GetInt64()); break;
                case "UV": BinaryPrimitives.WriteUInt64LittleEndian(target, value.GetUInt64()); break;
                case "AT":
                    if (!DicomTag.TryParse(value.GetString() ?? "", out var at))
                    {
                        throw new FormatException("AT value is not a tag");
                    }

                    BinaryPrimitives.WriteUInt16LittleEndian(target, at.Group);
                    BinaryPrimitives.WriteUInt16LittleEndian(target[2..], at.Element);
                    break;
            }
        }

        return new DicomElement(tag, vr, bytes);
    }
}
