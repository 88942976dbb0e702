using System.Globalization;
using System.IO.Compression;
using System.Text;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.IO;

/// <summary>
/// Writes a volume as a single-file NRRD in LPS space, the way ITK does (raw or gzip, little endian,
/// <c>space directions</c> = direction × spacing, <c>space origin</c>), with doubles in round-trip
/// precision so reading the file back gives the same geometry to the last few ulps.
/// </summary>
public static class NrrdWriter
{
    public static void Write(ImageVolume volume, string path, bool compress = true)
    {
        ArgumentNullException.ThrowIfNull(volume);
        ArgumentNullException.ThrowIfNull(path);
        volume.Geometry.Validate(path);
        var header = Encoding.ASCII.GetBytes(Header(volume, compress));
        AtomicFile.Write(path, stream =>
        {
            stream.Write(header);
            if (compress)
            {
                using var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
                gzip.Write(volume.Bytes);
            }
            else
            {
                stream.Write(volume.Bytes);
            }
        });
    }

    private static string Header(ImageVolume volume, bool compress)
    {
        var g = volume.Geometry;
        var text = new StringBuilder()
            .Append("NRRD0004\n")
            .Append("# Complete NRRD file format specification at:\n")
            .Append("# http://teem.sourceforge.net/nrrd/format.html\n")
            .Append("type: ").Append(TypeName(volume.PixelType)).Append('\n')
            .Append("dimension: 3\n")
            .Append("space: left-posterior-superior\n")
            .Append(CultureInfo.InvariantCulture, $"sizes: {g.Size.X} {g.Size.Y} {g.Size.Z}\n")
            .Append("space directions: ")
            .Append(Vector(g.Spacing.X * g.Direction.Column(0))).Append(' ')
            .Append(Vector(g.Spacing.Y * g.Direction.Column(1))).Append(' ')
            .Append(Vector(g.Spacing.Z * g.Direction.Column(2))).Append('\n')
            .Append("kinds: domain domain domain\n");
        if (volume.PixelType.SizeInBytes() > 1)
        {
            text.Append("endian: little\n");
        }

        return text
            .Append("encoding: ").Append(compress ? "gzip" : "raw").Append('\n')
            .Append("space origin: ").Append(Vector(g.Origin)).Append('\n')
            .Append('\n')
            .ToString();
    }

    private static string Vector(Vec3 v) => string.Create(CultureInfo.InvariantCulture, $"({v.X:R},{v.Y:R},{v.Z:R})");

    private static string TypeName(PixelType type) => type switch
    {
        PixelType.UInt8 => "unsigned char",
        PixelType.Int8 => "signed char",
        PixelType.UInt16 => "unsigned short",
        PixelType.Int16 => "short",
        PixelType.UInt32 => "unsigned int",
        PixelType.Int32 => "int",
        PixelType.Float32 => "float",
        PixelType.Float64 => "double",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
