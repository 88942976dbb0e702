using System.Globalization;
using System.Text;

namespace SlicerBridge.Dicom.Web;

/// <summary>
/// multipart/related bodies (RFC 2387) as DICOMweb uses them: parsing WADO-RS responses and
/// building STOW-RS requests. A part's Content-Length, when present, delimits its body exactly;
/// otherwise the body runs to the next boundary line.
/// </summary>
public static class MultipartRelated
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();

    public static IReadOnlyList<MultipartPart> Parse(string contentType, ReadOnlyMemory<byte> body)
    {
        var mediaType = MediaType.Parse(contentType);
        if (mediaType.Type != "multipart/related")
        {
            throw new DicomWebException($"expected a multipart/related response, got '{mediaType.Type}'");
        }

        var boundary = mediaType["boundary"];
        if (string.IsNullOrEmpty(boundary))
        {
            throw new DicomWebException("multipart/related response without a boundary");
        }

        var delimiter = Encoding.ASCII.GetBytes("--" + boundary);
        var span = body.Span;
        var position = span.IndexOf(delimiter);
        if (position < 0)
        {
            throw new DicomWebException("multipart body has no boundary line");
        }

        var parts = new List<MultipartPart>();
        while (true)
        {
            position += delimiter.Length;
            if (span.Length - position >= 2 && span[position] == '-' && span[position + 1] == '-')
            {
                return parts;
            }

            var headerStart = span[position..].IndexOf("\r\n"u8);
            var headerEnd = span[position..].IndexOf(HeaderEnd);
            if (headerStart < 0 || headerEnd < 0)
            {
                throw new DicomWebException("truncated multipart body (part headers)");
            }

            var headers = ParseHeaders(Encoding.ASCII.GetString(span.Slice(position + headerStart + 2, Math.Max(0, headerEnd - headerStart - 2))));
            var contentStart = position + headerEnd + HeaderEnd.Length;
            int contentEnd;
            if (headers.TryGetValue("content-length", out var lengthText) &&
                int.TryParse(lengthText, NumberStyles.None, CultureInfo.InvariantCulture, out var length) &&
                length <= span.Length - contentStart &&
                span[(contentStart + length)..].StartsWith("\r\n"u8) &&
                span[(contentStart + length + 2)..].StartsWith(delimiter))
            {
                contentEnd = contentStart + length;
            }
            else
            {
                var next = span[contentStart..].IndexOf(Concat("\r\n"u8, delimiter));
                if (next < 0)
                {
                    throw new DicomWebException("truncated multipart body (no closing boundary)");
                }

                contentEnd = contentStart + next;
            }

            parts.Add(new MultipartPart(
                headers.GetValueOrDefault("content-type") ?? "",
                body[contentStart..contentEnd],
                headers.GetValueOrDefault("content-location")));
            position = contentEnd + 2;
        }
    }

    /// <summary>A STOW-RS body: each file as an application/dicom part. Returns the body and its Content-Type.</summary>
    public static (byte[] Body, string ContentType) Build(IEnumerable<ReadOnlyMemory<byte>> parts, string partType = "application/dicom")
    {
        ArgumentNullException.ThrowIfNull(parts);
        var boundary = "slicerbridge-" + Guid.NewGuid().ToString("N");
        using var output = new MemoryStream();
        foreach (var part in parts)
        {
            output.Write(Encoding.ASCII.GetBytes($"--{boundary}\r\nContent-Type: {partType}\r\nContent-Length: {part.Length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n"));
            output.Write(part.Span);
            output.Write("\r\n"u8);
        }

        output.Write(Encoding.ASCII.GetBytes($"--{boundary}--\r\n"));
        return (output.ToArray(), $"multipart/related; type=\"{partType}\"; boundary={boundary}");
    }

    private static Dictionary<string, string> ParseHeaders(string text)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
            }
        }

        return headers;
    }

    private static byte[] Concat(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var result = new byte[a.Length + b.Length];
        a.CopyTo(result);
        b.CopyTo(result.AsSpan(a.Length));
        return result;
    }
}
