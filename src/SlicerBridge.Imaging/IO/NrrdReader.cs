using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Text;

namespace SlicerBridge.Imaging.IO;

/// <summary>
/// Reads NRRD images (attached or detached data; raw, gzip or ascii; either byte order; LPS, RAS
/// or LAS space) into LPS volumes. Sizes are checked against <see cref="ImagingLimits"/> before the
/// voxel buffer is allocated, and truncated data is an error, never zero-filled.
/// </summary>
public static class NrrdReader
{
    private const int MaxHeaderBytes = 1 << 20;

    public static ImageVolume Read(string path, ImagingLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException("file not found", path);
        }

        using var stream = File.OpenRead(path);
        var (lines, dataOffset) = ReadHeaderLines(stream, path);
        var header = NrrdHeader.Parse(lines, path);
        (limits ?? ImagingLimits.Default).EnsureFits(header.Geometry.VoxelCount, header.PixelType.SizeInBytes(), path);

        if (header.DataFile is null)
        {
            stream.Position = dataOffset;
            return ReadData(stream, header, path);
        }

        if (!File.Exists(header.DataFile))
        {
            throw new InvalidInputException("NRRD data file not found", header.DataFile);
        }

        using var data = File.OpenRead(header.DataFile);
        return ReadData(data, header, header.DataFile);
    }

    private static (List<string> Lines, long DataOffset) ReadHeaderLines(Stream stream, string path)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        long position = 0;
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                // A detached header may end without a blank line.
                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                }

                break;
            }

            position++;
            if (position > MaxHeaderBytes)
            {
                throw new InvalidInputException("NRRD header is larger than 1 MiB or has no end", path);
            }

            if (b == '\n')
            {
                var text = line.ToString().TrimEnd('\r');
                line.Clear();
                if (lines.Count == 0 && !text.StartsWith("NRRD000", StringComparison.Ordinal))
                {
                    throw new InvalidInputException("not a NRRD file (no NRRD000x magic)", path);
                }

                if (text.Length == 0)
                {
                    break;
                }

                lines.Add(text);
            }
            else
            {
                line.Append((char)b);
            }
        }

        if (lines.Count == 0)
        {
            throw new InvalidInputException("not a NRRD file (empty header)", path);
        }

        return (lines, position);
    }

    private static ImageVolume ReadData(Stream stream, NrrdHeader header, string where)
    {
        var volume = ImageVolume.Allocate(header.Geometry, header.PixelType);
        var bytes = volume.Bytes;
        var expected = bytes.Length;

        SkipLines(stream, header.LineSkip, where);
        if (header.Encoding == NrrdEncoding.Ascii)
        {
            ReadAscii(stream, volume, where);
            return volume;
        }

        Stream source = header.Encoding == NrrdEncoding.Gzip
            ? new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true)
            : stream;
        try
        {
            if (header.ByteSkip == -1)
            {
                if (header.Encoding != NrrdEncoding.Raw)
                {
                    throw new InvalidInputException("NRRD 'byte skip: -1' is only valid with raw encoding", where);
                }

                if (stream.Length - stream.Position < expected)
                {
                    throw new InvalidInputException($"NRRD data are truncated: expected {expected} bytes", where);
                }

                stream.Seek(-expected, SeekOrigin.End);
            }
            else if (header.ByteSkip > 0)
            {
                SkipBytes(source, header.ByteSkip, where);
            }

            var read = ReadFully(source, bytes);
            if (read != expected)
            {
                throw new InvalidInputException($"NRRD data are truncated: expected {expected} bytes, found {read}", where);
            }
        }
        catch (InvalidDataException e)
        {
            throw new InvalidInputException("NRRD gzip data are corrupt", where, e);
        }
        finally
        {
            if (!ReferenceEquals(source, stream))
            {
                source.Dispose();
            }
        }

        if (header.BigEndian && header.PixelType.SizeInBytes() > 1)
        {
            SwapBytes(volume);
        }

        return volume;
    }

    private static int ReadFully(Stream stream, Span<byte> buffer)
    {
        var total = 0;
        while (total < buffer.Length)
        {
            var n = stream.Read(buffer[total..]);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    private static void SkipLines(Stream stream, int count, string where)
    {
        for (var i = 0; i < count; i++)
        {
            int b;
            do
            {
                b = stream.ReadByte();
                if (b < 0)
                {
                    throw new InvalidInputException("NRRD line skip runs past the end of the data", where);
                }
            }
            while (b != '\n');
        }
    }

    private static void SkipBytes(Stream stream, long count, string where)
    {
        Span<byte> scratch = stackalloc byte[4096];
        while (count > 0)
        {
            var n = stream.Read(scratch[..(int)Math.Min(count, scratch.Length)]);
            if (n == 0)
            {
                throw new InvalidInputException("NRRD byte skip runs past the end of the data", where);
            }

            count -= n;
        }
    }

    private static void ReadAscii(Stream stream, ImageVolume volume, string where)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        long count = 0;
        var target = new double[volume.VoxelCount];
        while (reader.ReadLine() is { } line)
        {
            foreach (var token in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (count >= target.LongLength)
                {
                    throw new InvalidInputException("NRRD ascii data hold more values than the sizes say", where);
                }

                if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    throw new InvalidInputException("NRRD ascii data hold a value that is not a number", where);
                }

                target[count++] = value;
            }
        }

        if (count != target.LongLength)
        {
            throw new InvalidInputException($"NRRD ascii data are truncated: expected {target.LongLength} values, found {count}", where);
        }

        VoxelConversion.FromDoubles(target, volume);
    }

    private static void SwapBytes(ImageVolume volume)
    {
        switch (volume.PixelType.SizeInBytes())
        {
            case 2:
                var u16 = MemoryMarshal.Cast<byte, ushort>(volume.Bytes);
                BinaryPrimitives.ReverseEndianness(u16, u16);
                break;
            case 4:
                var u32 = MemoryMarshal.Cast<byte, uint>(volume.Bytes);
                BinaryPrimitives.ReverseEndianness(u32, u32);
                break;
            case 8:
                var u64 = MemoryMarshal.Cast<byte, ulong>(volume.Bytes);
                BinaryPrimitives.ReverseEndianness(u64, u64);
                break;
        }
    }
}
