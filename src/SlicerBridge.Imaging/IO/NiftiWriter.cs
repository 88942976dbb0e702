using System.IO.Compression;

namespace SlicerBridge.Imaging.IO;

/// <summary>
/// Writes a volume as a single-file NIfTI-1 image (gzip-compressed when the name ends in <c>.gz</c>),
/// as ITK does: the LPS geometry converted to RAS and stored both as sform and as qform, both with
/// code SCANNER_ANAT, spacing in <c>pixdim</c>, units mm, no intensity scaling. NIfTI-1 stores geometry
/// in single precision, so origin, spacing and direction survive a round trip only to float precision.
/// </summary>
public static class NiftiWriter
{
    public static void Write(ImageVolume volume, string path)
    {
        ArgumentNullException.ThrowIfNull(volume);
        ArgumentNullException.ThrowIfNull(path);
        var g = volume.Geometry;
        g.Validate(path);
        if (g.Size.X > short.MaxValue || g.Size.Y > short.MaxValue || g.Size.Z > short.MaxValue)
        {
            throw new InvalidInputException($"image size {g.Size} does not fit NIfTI-1 (at most {short.MaxValue} per axis)", path);
        }

        var (srow, b, c, d, qfac, origin) = NiftiOrientation.Write(g);
        var header = new NiftiHeader
        {
            Dim = [3, (short)g.Size.X, (short)g.Size.Y, (short)g.Size.Z, 1, 1, 1, 1],
            DataType = NiftiDataType.FromPixelType(volume.PixelType),
            BitPix = (short)(8 * volume.PixelType.SizeInBytes()),
            PixDim = [qfac, (float)g.Spacing.X, (float)g.Spacing.Y, (float)g.Spacing.Z, 1, 1, 1, 1],
            VoxOffset = NiftiHeader.MinDataOffset,
            SclSlope = 1,
            SclInter = 0,
            XyztUnits = 2 | 8, // mm, seconds
            QformCode = NiftiHeader.XformScannerAnat,
            SformCode = NiftiHeader.XformScannerAnat,
            QuaternB = b,
            QuaternC = c,
            QuaternD = d,
            QoffsetX = (float)origin.X,
            QoffsetY = (float)origin.Y,
            QoffsetZ = (float)origin.Z,
            Srow = srow,
            Magic = "n+1",
            Description = "SlicerBridge",
        }.ToBytes();

        var compress = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        AtomicFile.Write(path, stream =>
        {
            if (compress)
            {
                using var gzip = new GZipStream(stream, CompressionLevel.Optimal, leaveOpen: true);
                gzip.Write(header);
                gzip.Write(volume.Bytes);
            }
            else
            {
                stream.Write(header);
                stream.Write(volume.Bytes);
            }
        });
    }
}
