using System.Buffers.Binary;
using System.IO.Compression;
using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.IO;

/// <summary>
/// Reads DICOM Part 10 files in Implicit VR LE, Explicit VR LE and Deflated Explicit VR LE, with
/// defined and undefined lengths. Values alias the input buffer. Every declared length is checked
/// against the bytes that remain and <see cref="DicomReaderOptions"/> before anything is allocated,
/// and every failure is an <see cref="InvalidInputException"/> naming the offset.
/// </summary>
public sealed class DicomReader
{
    private const uint UndefinedLength = 0xFFFFFFFF;
    private const int PreambleLength = 128;

    private readonly DicomReaderOptions _options;

    public DicomReader(DicomReaderOptions? options = null)
    {
        _options = options ?? DicomReaderOptions.Default;
    }

    public DicomFile ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        long length;
        try
        {
            length = new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException("cannot read the DICOM file: " + e.Message, path, e);
        }

        if (length > _options.MaxFileBytes)
        {
            throw new InvalidInputException($"file of {length} bytes exceeds the limit of {_options.MaxFileBytes} bytes", path);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidInputException("cannot read the DICOM file: " + e.Message, path, e);
        }

        return Read(bytes, path);
    }

    /// <summary>Parses a whole Part 10 file held in memory.</summary>
    public DicomFile Read(ReadOnlyMemory<byte> bytes, string? where = null)
    {
        var span = bytes.Span;
        if (bytes.Length < PreambleLength + 4 || !span.Slice(PreambleLength, 4).SequenceEqual("DICM"u8))
        {
            throw new InvalidInputException("not a DICOM Part 10 file: no 'DICM' marker after the 128-byte preamble", where);
        }

        var meta = new DicomDataset();
        var metaParser = new Parser(bytes, PreambleLength + 4, explicitVR: true, _options, where);
        metaParser.ReadMetaGroup(meta);

        var uid = meta.GetString(DicomTag.TransferSyntaxUID)?.Trim();
        if (string.IsNullOrEmpty(uid))
        {
            throw new InvalidInputException("file meta information has no TransferSyntaxUID (0002,0010)", where);
        }

        var syntax = TransferSyntax.Lookup(uid);
        if (!syntax.IsSupported)
        {
            throw new InvalidInputException(
                $"transfer syntax {syntax.Name} ({syntax.Uid}) is not supported; only uncompressed little-endian " +
                "syntaxes are (ask the PACS for Explicit VR Little Endian, 1.2.840.10008.1.2.1)", where);
        }

        var parser = syntax.IsDeflated
            ? new Parser(Inflate(bytes[metaParser.Position..], where), 0, explicitVR: true, _options, where)
            : new Parser(bytes, metaParser.Position, syntax.IsExplicitVR, _options, where);
        var dataset = new DicomDataset();
        parser.ReadDataset(dataset);
        return new DicomFile(meta, dataset, syntax);
    }

    private byte[] Inflate(ReadOnlyMemory<byte> deflated, string? where)
    {
        using var input = new MemoryStream(deflated.ToArray(), writable: false);
        using var inflater = new DeflateStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        var buffer = new byte[81920];
        try
        {
            int read;
            while ((read = inflater.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > _options.MaxFileBytes)
                {
                    throw new InvalidInputException(
                        $"deflated dataset inflates to more than the limit of {_options.MaxFileBytes} bytes", where);
                }

                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException e)
        {
            throw new InvalidInputException("deflated dataset is corrupt: " + e.Message, where, e);
        }

        return output.ToArray();
    }

    /// <summary>One pass over a buffer; recursion depth and element count are bounded by the options.</summary>
    private sealed class Parser
    {
        private readonly ReadOnlyMemory<byte> _buffer;
        private readonly DicomReaderOptions _options;
        private readonly string? _where;
        private readonly bool _explicitVR;
        private int _elements;

        public Parser(ReadOnlyMemory<byte> buffer, int position, bool explicitVR, DicomReaderOptions options, string? where)
        {
            _buffer = buffer;
            Position = position;
            _explicitVR = explicitVR;
            _options = options;
            _where = where;
        }

        public int Position { get; private set; }

        /// <summary>Group 0002 elements (always Explicit VR LE) up to the first element of another group.</summary>
        public void ReadMetaGroup(DicomDataset meta)
        {
            while (Position + 4 <= _buffer.Length &&
                   BinaryPrimitives.ReadUInt16LittleEndian(_buffer.Span[Position..]) == 0x0002)
            {
                ReadElement(meta, _buffer.Length, explicitVR: true, depth: 0);
            }
        }

        public void ReadDataset(DicomDataset dataset) =>
            ReadElements(dataset, _buffer.Length, _explicitVR, untilItemDelimiter: false, depth: 0);

        /// <summary>Reads elements up to <paramref name="end"/>, or up to an item delimiter when the item has undefined length.</summary>
        private void ReadElements(DicomDataset dataset, int end, bool explicitVR, bool untilItemDelimiter, int depth)
        {
            while (Position < end)
            {
                if (untilItemDelimiter && PeekTag(end) == DicomTag.ItemDelimitation)
                {
                    Position += 4;
                    ReadUInt32(end);
                    return;
                }

                ReadElement(dataset, end, explicitVR, depth);
            }

            if (untilItemDelimiter)
            {
                throw Error("item of undefined length has no item delimitation (FFFE,E00D)");
            }
        }

        private void ReadElement(DicomDataset dataset, int end, bool explicitVR, int depth)
        {
            var start = Position;
            var tag = ReadTag(end);
            if (tag.Group == 0xFFFE)
            {
                throw Error($"unexpected {tag} outside a sequence", start);
            }

            if (++_elements > _options.MaxElements)
            {
                throw Error($"more than {_options.MaxElements} attributes", start);
            }

            DicomVR vr;
            uint length;
            if (explicitVR)
            {
                Need(2, end);
                var span = _buffer.Span;
                if (!DicomVR.TryParse(span[Position], span[Position + 1], out vr))
                {
                    throw Error($"unknown VR '{Printable(span[Position])}{Printable(span[Position + 1])}' for {tag}", start);
                }

                Position += 2;
                if (vr.HasLongLength)
                {
                    Need(2, end);
                    Position += 2;
                    length = ReadUInt32(end);
                }
                else
                {
                    length = ReadUInt16(end);
                }
            }
            else
            {
                vr = DicomDictionary.VROf(tag);
                length = ReadUInt32(end);
            }

            if (dataset.Contains(tag))
            {
                throw Error($"attribute {DicomDictionary.Describe(tag)} occurs twice", start);
            }

            if (length == UndefinedLength)
            {
                if (vr == DicomVR.SQ || vr == DicomVR.UN)
                {
                    // PS3.5 6.2.2: an undefined-length UN is a sequence encoded in Implicit VR LE.
                    var nestedExplicit = vr == DicomVR.SQ && explicitVR;
                    dataset.Add(ReadSequence(tag, end, undefinedLength: true, nestedExplicit, depth, dataset.CharacterSet));
                    return;
                }

                throw Error(
                    tag == DicomTag.PixelData
                        ? "encapsulated (compressed) pixel data in an uncompressed transfer syntax"
                        : $"undefined length for {DicomDictionary.Describe(tag)} with VR {vr}", start);
            }

            CheckLength(length, end, tag, start);
            if (vr == DicomVR.SQ)
            {
                var sequenceEnd = Position + (int)length;
                dataset.Add(ReadSequence(tag, sequenceEnd, undefinedLength: false, explicitVR, depth, dataset.CharacterSet));
                return;
            }

            if (vr.Kind == DicomVRKind.Binary && length % vr.UnitSize != 0)
            {
                throw Error($"{DicomDictionary.Describe(tag)} ({vr}) has length {length}, not a multiple of {vr.UnitSize}", start);
            }

            dataset.Add(new DicomElement(tag, vr, _buffer.Slice(Position, (int)length)));
            Position += (int)length;
        }

        private DicomSequence ReadSequence(
            DicomTag tag, int end, bool undefinedLength, bool explicitVR, int depth, DicomCharacterSet inherited)
        {
            if (depth >= _options.MaxSequenceDepth)
            {
                throw Error($"sequences nested deeper than {_options.MaxSequenceDepth} levels");
            }

            var items = new List<DicomDataset>();
            while (true)
            {
                if (!undefinedLength && Position == end)
                {
                    break;
                }

                var start = Position;
                var itemTag = ReadTag(end);
                var length = ReadUInt32(end);
                if (itemTag == DicomTag.SequenceDelimitation)
                {
                    if (!undefinedLength)
                    {
                        throw Error($"sequence delimitation inside the defined-length sequence {DicomDictionary.Describe(tag)}", start);
                    }

                    break;
                }

                if (itemTag != DicomTag.Item)
                {
                    throw Error($"expected an item (FFFE,E000) in {DicomDictionary.Describe(tag)}, found {itemTag}", start);
                }

                if (++_elements > _options.MaxElements)
                {
                    throw Error($"more than {_options.MaxElements} attributes and items", start);
                }

                var item = new DicomDataset(inherited);
                if (length == UndefinedLength)
                {
                    ReadElements(item, end, explicitVR, untilItemDelimiter: true, depth + 1);
                }
                else
                {
                    CheckLength(length, end, itemTag, start);
                    ReadElements(item, Position + (int)length, explicitVR, untilItemDelimiter: false, depth + 1);
                }

                items.Add(item);
            }

            return new DicomSequence(tag, items);
        }

        private void CheckLength(uint length, int end, DicomTag tag, int start)
        {
            if (length > _options.MaxElementBytes)
            {
                throw Error($"{DicomDictionary.Describe(tag)} declares {length} bytes, more than the limit of {_options.MaxElementBytes}", start);
            }

            if (length > (uint)(end - Position))
            {
                throw Error($"{DicomDictionary.Describe(tag)} declares {length} bytes but only {end - Position} remain (truncated or corrupt file)", start);
            }
        }

        private DicomTag PeekTag(int end)
        {
            Need(4, end);
            var span = _buffer.Span[Position..];
            return new DicomTag(BinaryPrimitives.ReadUInt16LittleEndian(span), BinaryPrimitives.ReadUInt16LittleEndian(span[2..]));
        }

        private DicomTag ReadTag(int end)
        {
            var tag = PeekTag(end);
            Position += 4;
            return tag;
        }

        private ushort ReadUInt16(int end)
        {
            Need(2, end);
            var value = BinaryPrimitives.ReadUInt16LittleEndian(_buffer.Span[Position..]);
            Position += 2;
            return value;
        }

        private uint ReadUInt32(int end)
        {
            Need(4, end);
            var value = BinaryPrimitives.ReadUInt32LittleEndian(_buffer.Span[Position..]);
            Position += 4;
            return value;
        }

        private void Need(int count, int end)
        {
            if (end - Position < count)
            {
                throw Error("unexpected end of data (truncated or corrupt file)");
            }
        }

        private static char Printable(byte b) => b is >= 0x20 and < 0x7F ? (char)b : '?';

        private InvalidInputException Error(string message, int? offset = null) =>
            new($"{message} at byte offset {offset ?? Position}", _where);
    }
}
