using System.Globalization;
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

    private static readonly byte[] Magic = "NRRD000"u8.ToArray();

    public static ImageVolume Read(string path, ImagingLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        limits ??= ImagingLimits.Default;
        using var stream = InputFile.Open(path);
        var lines = ReadHeaderLines(stream, path);
        var header = NrrdHeader.Parse(lines, path);
        limits.EnsureFits(header.Geometry.VoxelCount, header.PixelType.SizeInBytes(), path);

        if (header.DataFile is null)
        {
            return ReadData(stream, header, limits, path);
        }

        using var data = InputFile.Open(header.DataFile);
        return ReadData(data, header, limits, header.DataFile);
    }

    /// <summary>Reads the header up to its blank line (or the end of a detached header), leaving the stream at the data.</summary>
    private static List<string> ReadHeaderLines(Stream stream, string path)
    {
        Span<byte> magic = stackalloc byte[Magic.Length];
        if (InputFile.ReadFully(stream, magic) != Magic.Length || !magic.SequenceEqual(Magic))
        {
            throw new InvalidInputException("not a NRRD file (no NRRD000x magic)", path);
        }

        var lines = new List<string>();
        var line = new StringBuilder("NRRD000");
        long position = Magic.Length;
        while (true)
        {
            var b = stream.ReadByte();
            if (b < 0)
            {
                // A detached header may end without a blank line.
                if (line.Length > 0)
                {
                    lines.Add(line.ToString().TrimEnd('\r'));
                }

                break;
            }

            if (++position > MaxHeaderBytes)
            {
                throw new InvalidInputException("NRRD header is larger than 1 MiB or has no end", path);
            }

            if (b != '\n')
            {
                line.Append((char)b);
                continue;
            }

            var text = line.ToString().TrimEnd('\r');
            line.Clear();
            if (text.Length == 0)
            {
                break;
            }

            lines.Add(text);
        }

        return lines;
    }

    private static ImageVolume ReadData(Stream stream, NrrdHeader header, ImagingLimits limits, string where)
    {
        var volume = ImageVolume.Allocate(header.Geometry, header.PixelType, limits, where);
        SkipLines(stream, header.LineSkip, where);
        if (header.Encoding == NrrdEncoding.Ascii)
        {
            // Text is parsed through a double per voxel: check that buffer too.
            limits.EnsureFits(volume.VoxelCount, sizeof(double), where);
            ReadAscii(stream, volume, where);
            return volume;
        }

        var bytes = volume.Bytes;
        if (header.ByteSkip == -1)
        {
            // "-1" means the data are the last bytes of the file, whatever precedes them.
            if (header.Encoding != NrrdEncoding.Raw)
            {
                throw new InvalidInputException("NRRD 'byte skip: -1' is only valid with raw encoding", where);
            }

            if (stream.Length - stream.Position < bytes.Length)
            {
                throw new InvalidInputException($"NRRD data are truncated: expected {bytes.Length} bytes", where);
            }

            stream.Seek(-bytes.Length, SeekOrigin.End);
        }

        var source = header.Encoding == NrrdEncoding.Gzip ? InputFile.Gunzip(stream) : stream;
        try
        {
            // Teem skips bytes of the decoded data, so for gzip the skip applies after decompression.
            if (header.ByteSkip > 0 && !InputFile.TrySkip(source, header.ByteSkip))
            {
                throw new InvalidInputException("NRRD byte skip runs past the end of the data", where);
            }

            var read = InputFile.ReadFully(source, bytes);
            if (read != bytes.Length)
            {
                throw new InvalidInputException($"NRRD data are truncated: expected {bytes.Length} bytes, found {read}", where);
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

        if (header.BigEndian)
        {
            ByteOrder.Swap(volume);
        }

        return volume;
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

    private static void ReadAscii(Stream stream, ImageVolume volume, string where)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
        long count = 0;
        var values = new double[volume.VoxelCount];
        while (reader.ReadLine() is { } line)
        {
            foreach (var token in line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (count >= values.LongLength)
                {
                    throw new InvalidInputException("NRRD ascii data hold more values than the sizes say", where);
                }

                if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    throw new InvalidInputException($"NRRD ascii data hold '{token}', which is not a number", where);
                }

                values[count++] = value;
            }
        }

        if (count != values.LongLength)
        {
            throw new InvalidInputException($"NRRD ascii data are truncated: expected {values.LongLength} values, found {count}", where);
        }

        VoxelConversion.FromDoubles(values, volume);
        if (volume.PixelType.IsInteger())
        {
            // A value the type cannot hold would otherwise be clamped or truncated without a word.
            for (long i = 0; i < values.LongLength; i++)
            {
                if (volume.GetAsDouble(i) != values[i])
                {
                    throw new InvalidInputException(
                        string.Create(CultureInfo.InvariantCulture, $"NRRD ascii value {values[i]} does not fit the type {volume.PixelType}"), where);
                }
            }
        }
    }
}
