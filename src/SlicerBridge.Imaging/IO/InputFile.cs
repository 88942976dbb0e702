using System.IO.Compression;

namespace SlicerBridge.Imaging.IO;

/// <summary>Opening and reading image files with every failure turned into a one-line <see cref="InvalidInputException"/>.</summary>
internal static class InputFile
{
    public static FileStream Open(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException("file not found", path);
        }

        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new InvalidInputException("file cannot be read (permission denied)", path, e);
        }
    }

    /// <summary>True when the stream starts with the gzip magic; the position is restored.</summary>
    public static bool IsGzip(Stream stream)
    {
        Span<byte> magic = stackalloc byte[2];
        var start = stream.Position;
        var n = ReadFully(stream, magic);
        stream.Position = start;
        return n == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    public static Stream Gunzip(Stream stream) => new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);

    /// <summary>Reads until <paramref name="buffer"/> is full or the stream ends; returns the bytes read.</summary>
    public static int ReadFully(Stream stream, Span<byte> buffer)
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

    /// <summary>Discards <paramref name="count"/> bytes; false when the stream ends first.</summary>
    public static bool TrySkip(Stream stream, long count)
    {
        if (stream.CanSeek)
        {
            if (stream.Length - stream.Position < count)
            {
                return false;
            }

            stream.Seek(count, SeekOrigin.Current);
            return true;
        }

        Span<byte> scratch = stackalloc byte[4096];
        while (count > 0)
        {
            var n = stream.Read(scratch[..(int)Math.Min(count, scratch.Length)]);
            if (n == 0)
            {
                return false;
            }

            count -= n;
        }

        return true;
    }
}
