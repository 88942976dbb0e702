using System.Text;
using SlicerBridge.Dicom.Web;

namespace SlicerBridge.Dicom.Tests.Web;

public sealed class MultipartRelatedTests
{
    // The shape Orthanc 1.10 sends for frames (see the DICOMweb notes): quoted type holding ';', unquoted boundary, no preamble.
    private const string FrameContentType =
        "multipart/related; type=\"application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1\"; boundary=B0123456789";

    [Fact]
    public void ParsesOrthancFramesWithContentLength()
    {
        var frame1 = new byte[] { 1, 2, 13, 10, 45, 45, 66 }; // contains "\r\n--B" on purpose
        var frame2 = new byte[] { 9, 8, 7, 6 };
        var body = Concat(
            Part("/frames/1", frame1, withLength: true),
            Part("/frames/2", frame2, withLength: true),
            Encoding.ASCII.GetBytes("--B0123456789--\r\n"));

        var parts = MultipartRelated.Parse(FrameContentType, body);

        Assert.Equal(2, parts.Count);
        Assert.Equal(frame1, parts[0].Content.ToArray());
        Assert.Equal(frame2, parts[1].Content.ToArray());
        Assert.Equal("/frames/1", parts[0].ContentLocation);
        Assert.Equal("1.2.840.10008.1.2.1", MediaType.Parse(parts[0].ContentType)["transfer-syntax"]);
        Assert.Equal("application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1", MediaType.Parse(FrameContentType)["type"]);
    }

    [Fact]
    public void ParsesPartsWithoutContentLengthUpToTheNextBoundary()
    {
        var body = Concat(Part("/frames/1", [5, 6, 7], withLength: false), Encoding.ASCII.GetBytes("--B0123456789--\r\n"));

        var part = Assert.Single(MultipartRelated.Parse(FrameContentType, body));

        Assert.Equal(new byte[] { 5, 6, 7 }, part.Content.ToArray());
    }

    [Fact]
    public void BuiltStowBodyParsesBack()
    {
        byte[][] files = [[1, 2, 3], [], Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray()];

        var (body, contentType) = MultipartRelated.Build(files.Select(f => (ReadOnlyMemory<byte>)f));
        var parts = MultipartRelated.Parse(contentType, body);

        Assert.Equal("application/dicom", MediaType.Parse(contentType)["type"]);
        Assert.Equal(files, parts.Select(p => p.Content.ToArray()));
        Assert.All(parts, p => Assert.Equal("application/dicom", p.ContentType));
    }

    [Theory]
    [InlineData("application/dicom+json", "--B\r\n\r\nx\r\n--B--")]
    [InlineData("multipart/related; type=\"application/dicom\"", "--B\r\n\r\nx\r\n--B--")]
    [InlineData("multipart/related; boundary=B", "--B\r\nContent-Type: application/dicom\r\n\r\nunterminated")]
    public void MalformedBodiesAreRejected(string contentType, string body)
    {
        Assert.Throws<DicomWebException>(() => MultipartRelated.Parse(contentType, Encoding.ASCII.GetBytes(body)));
    }

    private static byte[] Part(string location, byte[] content, bool withLength)
    {
        var length = withLength ? $"Content-Length: {content.Length}\r\n" : "";
        var head = $"--B0123456789\r\nContent-Location: {location}\r\nContent-Type: application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1\r\n{length}MIME-Version: 1.0\r\n\r\n";
        return Concat(Encoding.ASCII.GetBytes(head), content, "\r\n"u8.ToArray());
    }

    private static byte[] Concat(params byte[][] pieces) => pieces.SelectMany(p => p).ToArray();
}
