using System.Globalization;
using System.Numerics;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.IO;

/// <summary>
/// Reads single-file NIfTI-1 images (<c>.nii</c>, or gzip-compressed <c>.nii.gz</c>; compression is
/// recognised by its magic bytes, not the name) of either byte order into LPS volumes, matching ITK 5.x's
/// <c>NiftiImageIO</c>:
/// <list type="bullet">
/// <item>2-D and 3-D scalar images; trailing axes of length 1 are dropped, so 4-D with one time point is 3-D;</item>
/// <item>spacing from <c>pixdim</c>, scaled to mm when <c>xyzt_units</c> says metres or microns (as in ITK the
/// origin is not scaled);</item>
/// <item>orientation by ITK's qform/sform rules (<see cref="NiftiOrientation"/>);</item>
/// <item><c>scl_slope</c>/<c>scl_inter</c> as ITK applies them: non-finite fields count as 0, a zero slope
/// is taken as 1 (the intercept still applies, unlike nifti1.h's "no scaling"), and unless the pair is then
/// the identity every voxel becomes <c>value × slope + inter</c>. Integer data are promoted to float32
/// first (so integers beyond 2^24 round, as in ITK); float32 stays float32 and float64 stays float64.</item>
/// </list>
/// Deliberate differences from ITK, because a guessed geometry would silently change every feature: a
/// zero, negative or non-finite <c>pixdim</c> is an error (niftilib substitutes 1 mm), and so are
/// Analyze 7.5 files and <c>.hdr</c>/<c>.img</c> pairs.
/// </summary>
public static class NiftiReader
{
    private const short IntentGenMatrix = 1004;
    private const short IntentSymMatrix = 1005;
    private const short IntentVector = 1007;

    public static ImageVolume Read(string path, ImagingLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        limits ??= ImagingLimits.Default;
        using var file = InputFile.Open(path);
        var stream = InputFile.IsGzip(file) ? InputFile.Gunzip(file) : file;
        try
        {
            return Read(stream, limits, path);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidInputException("NIfTI gzip data are corrupt", path, e);
        }
        finally
        {
            if (!ReferenceEquals(stream, file))
            {
                stream.Dispose();
            }
        }
    }

    private static ImageVolume Read(Stream stream, ImagingLimits limits, string path)
    {
        var bytes = new byte[NiftiHeader.Size];
        var read = InputFile.ReadFully(stream, bytes);
        var header = NiftiHeader.Parse(read == bytes.Length ? bytes : bytes[..read], path);
        switch (header.Magic)
        {
            case "n+1":
                break;
            case "ni1":
                throw new InvalidInputException("NIfTI header/image pairs (.hdr/.img) are not supported; convert to a single .nii file", path);
            default:
                throw new InvalidInputException("not a NIfTI-1 file (no n+1 magic; Analyze 7.5 is not supported)", path);
        }

        var dims = SpatialDimensions(header, path);
        if (header.IntentCode is IntentVector or IntentSymMatrix or IntentGenMatrix)
        {
            throw new InvalidInputException("NIfTI vector and matrix images are not supported; only scalar images are read", path);
        }

        var pixelType = NiftiDataType.ToPixelType(header.DataType, path);
        var scale = UnitScale(header.XyztUnits);
        var size = new Size3(header.Dim[1], header.Dim[2], dims == 3 ? header.Dim[3] : 1);
        var spacing = new Vec3(header.PixDim[1] * scale, header.PixDim[2] * scale, dims == 3 ? header.PixDim[3] * scale : 1);
        if (!spacing.IsFinite || spacing.X <= 0 || spacing.Y <= 0 || spacing.Z <= 0)
        {
            throw new InvalidInputException($"NIfTI pixdim gives voxel spacing {spacing}; it must be finite and positive", path);
        }

        var (origin, direction) = NiftiOrientation.Read(header, dims, path);
        var geometry = new ImageGeometry(size, spacing, origin, direction);
        geometry.Validate(path);
        limits.EnsureFits(geometry.VoxelCount, pixelType.SizeInBytes(), path);

        if (!float.IsFinite(header.VoxOffset) || header.VoxOffset < NiftiHeader.MinDataOffset || header.VoxOffset > int.MaxValue)
        {
            throw new InvalidInputException(
                string.Create(CultureInfo.InvariantCulture, $"NIfTI vox_offset {header.VoxOffset} is not a valid data offset (at least 352)"), path);
        }

        if (!InputFile.TrySkip(stream, (long)header.VoxOffset - NiftiHeader.Size))
        {
            throw new InvalidInputException("NIfTI file ends before its data start (vox_offset)", path);
        }

        var volume = ImageVolume.Allocate(geometry, pixelType, limits, path);
        var expected = volume.Bytes.Length;
        var got = InputFile.ReadFully(stream, volume.Bytes);
        if (got != expected)
        {
            throw new InvalidInputException($"NIfTI data are truncated: expected {expected} bytes, found {got}", path);
        }

        if (header.BigEndian)
        {
            ByteOrder.Swap(volume);
        }

        return Rescale(volume, header, limits, path);
    }

    /// <summary>ITK's dimension count: dim[0], less trailing axes of length 1 above the third.</summary>
    private static int SpatialDimensions(NiftiHeader header, string path)
    {
        var dim = header.Dim;
        if (dim[0] is < 1 or > 7)
        {
            throw new InvalidInputException($"NIfTI dim[0] = {dim[0]} is not a dimension count (1 to 7)", path);
        }

        for (var i = 1; i <= dim[0]; i++)
        {
            if (dim[i] < 1)
            {
                throw new InvalidInputException($"NIfTI dim[{i}] = {dim[i]} is not a positive size", path);
            }
        }

        int dims = dim[0];
        while (dims > 3 && dim[dims] == 1)
        {
            dims--;
        }

        return dims switch
        {
            > 3 => throw new InvalidInputException(
                $"NIfTI image has {dims} dimensions (sizes {string.Join('x', dim[1..(dim[0] + 1)])}); only 2-D and 3-D images are read", path),
            < 2 => throw new InvalidInputException("1-D NIfTI images are not supported", path),
            _ => dims,
        };
    }

    private static double UnitScale(byte xyztUnits) => (xyztUnits & 0x07) switch
    {
        1 => 1e3, // metres
        3 => 1e-3, // microns
        _ => 1.0, // millimetres or unknown
    };

    private static ImageVolume Rescale(ImageVolume volume, NiftiHeader header, ImagingLimits limits, string path)
    {
        var slope = float.IsFinite(header.SclSlope) ? (double)header.SclSlope : 0;
        var inter = float.IsFinite(header.SclInter) ? (double)header.SclInter : 0;
        if (Math.Abs(slope) < double.Epsilon)
        {
            slope = 1;
        }

        if (!(Math.Abs(slope - 1) > double.Epsilon || Math.Abs(inter) > double.Epsilon))
        {
            return volume;
        }

        switch (volume.PixelType)
        {
            case PixelType.Float64:
                foreach (ref var v in volume.Voxels<double>())
                {
                    v = v * slope + inter;
                }

                return volume;
            case PixelType.Float32:
                foreach (ref var v in volume.Voxels<float>())
                {
                    v = (float)(v * slope + inter);
                }

                return volume;
        }

        limits.EnsureFits(volume.VoxelCount, sizeof(float), path);
        var result = new float[volume.VoxelCount];
        switch (volume.PixelType)
        {
            case PixelType.UInt8: ToScaledFloat(volume.Voxels<byte>(), result, slope, inter); break;
            case PixelType.Int8: ToScaledFloat(volume.Voxels<sbyte>(), result, slope, inter); break;
            case PixelType.UInt16: ToScaledFloat(volume.Voxels<ushort>(), result, slope, inter); break;
            case PixelType.Int16: ToScaledFloat(volume.Voxels<short>(), result, slope, inter); break;
            case PixelType.UInt32: ToScaledFloat(volume.Voxels<uint>(), result, slope, inter); break;
            case PixelType.Int32: ToScaledFloat(volume.Voxels<int>(), result, slope, inter); break;
            default: throw new InvalidOperationException();
        }

        return ImageVolume.Create(volume.Geometry, result);
    }

    private static void ToScaledFloat<T>(ReadOnlySpan<T> source, Span<float> target, double slope, double inter)
        where T : unmanaged, INumber<T>
    {
        for (var i = 0; i < source.Length; i++)
        {
            // ITK casts to float before scaling, so this keeps its rounding.
            target[i] = (float)(float.CreateTruncating(source[i]) * slope + inter);
        }
    }
}
