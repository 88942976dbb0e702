using Google.Protobuf;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Server.Errors;
using SlicerBridge.Server.V1;
using ProtoPixelType = SlicerBridge.Server.V1.PixelType;

namespace SlicerBridge.Server.Volumes;

/// <summary>
/// Turns request volumes into <see cref="PhaseInput"/>s. Every declared size is checked before anything
/// is allocated: geometry (finite, plausible spacing, orthonormal direction), the total voxel count of
/// the request, and the byte count (size × pixel size must equal the bytes sent).
/// </summary>
public sealed class VolumeDecoder
{
    /// <summary>Spacings outside this range (mm) are taken for a units or header error, not a scan.</summary>
    public const double MinSpacingMm = 1e-3;

    public const double MaxSpacingMm = 100;

    private readonly long _maxRequestVoxels;

    public VolumeDecoder(long maxRequestVoxels)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRequestVoxels, 1);
        _maxRequestVoxels = maxRequestVoxels;
    }

    /// <summary>
    /// Validates the phases present (at least one). With <paramref name="dataInline"/> the bytes must be in
    /// the messages; otherwise (a streaming header) they must be absent and follow as chunks.
    /// </summary>
    public IReadOnlyList<PhaseDeclaration> Declare(Phase? arterial, Phase? venous, bool dataInline)
    {
        var violations = new FieldViolations();
        var declared = new List<PhaseDeclaration>();
        if (arterial is null && venous is null)
        {
            violations.Add("arterial", "at least one phase (arterial or venous) is required");
        }

        foreach (var (name, phase) in new[] { ("arterial", arterial), ("venous", venous) })
        {
            if (phase is null)
            {
                continue;
            }

            if (DeclarePhase(name, phase, dataInline, violations) is { } d)
            {
                declared.Add(d);
            }
        }

        violations.ThrowIfAny();
        var total = declared.Sum(d => d.ImageGeometry.VoxelCount + d.MaskGeometry.VoxelCount);
        if (total > _maxRequestVoxels)
        {
            violations.Add(declared[0].Name + ".image.geometry.size",
                $"the request declares {total} voxels in all, more than the server's limit of {_maxRequestVoxels}; crop to the VOI box plus a margin");
        }

        violations.ThrowIfAny();
        return declared;
    }

    /// <summary>Allocates a declared phase and copies the inline bytes.</summary>
    public static PhaseInput Decode(PhaseDeclaration declaration, Phase phase)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentNullException.ThrowIfNull(phase);
        var (image, mask) = Allocate(declaration);
        phase.Image.Data.Span.CopyTo(image.Bytes);
        phase.Mask.Data.Span.CopyTo(mask.Bytes);
        return new PhaseInput(image, mask, declaration.Label, declaration.Name);
    }

    /// <summary>Zero-filled image and mask buffers of a declared phase, for chunks to fill.</summary>
    public static (ImageVolume Image, ImageVolume Mask) Allocate(PhaseDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var image = ImageVolume.Allocate(declaration.ImageGeometry, declaration.ImagePixelType, where: declaration.Name + ".image");
        var mask = ImageVolume.Allocate(declaration.MaskGeometry, declaration.MaskPixelType, where: declaration.Name + ".mask");
        return (image, mask);
    }

    private PhaseDeclaration? DeclarePhase(string name, Phase phase, bool dataInline, FieldViolations violations)
    {
        if (phase.Image is null)
        {
            violations.Add($"{name}.image", "the image is required");
            return null;
        }

        if (phase.Mask is null)
        {
            violations.Add($"{name}.mask", "the mask (tumour segmentation) is required");
            return null;
        }

        var imageGeometry = ReadGeometry(phase.Image.Geometry, $"{name}.image.geometry", violations);
        var imageType = ReadPixelType(phase.Image.PixelType, $"{name}.image.pixel_type", violations);
        var maskGeometry = phase.Mask.Geometry is null ? imageGeometry : ReadGeometry(phase.Mask.Geometry, $"{name}.mask.geometry", violations);
        var maskType = ReadPixelType(phase.Mask.PixelType, $"{name}.mask.pixel_type", violations);
        if (phase.Mask.Label < 0)
        {
            violations.Add($"{name}.mask.label", "the label must not be negative");
        }

        if (imageGeometry is null || maskGeometry is null || imageType is null || maskType is null)
        {
            return null;
        }

        CheckBytes(phase.Image.Data, imageGeometry.VoxelCount, imageType.Value, dataInline, $"{name}.image.data", violations);
        CheckBytes(phase.Mask.Data, maskGeometry.VoxelCount, maskType.Value, dataInline, $"{name}.mask.data", violations);
        return new PhaseDeclaration(name, imageGeometry, imageType.Value, maskGeometry, maskType.Value,
            phase.Mask.Label == 0 ? null : phase.Mask.Label);
    }

    private ImageGeometry? ReadGeometry(Geometry? geometry, string field, FieldViolations violations)
    {
        if (geometry is null)
        {
            violations.Add(field, "the geometry is required");
            return null;
        }

        var ok = true;
        void Fail(string part, string description)
        {
            violations.Add(field + part, description);
            ok = false;
        }

        if (geometry.Size.Count != 3 || geometry.Size.Any(s => s <= 0))
        {
            Fail(".size", "size needs 3 positive voxel counts (x, y, z)");
        }
        else if ((double)geometry.Size[0] * geometry.Size[1] * geometry.Size[2] > _maxRequestVoxels)
        {
            // Checked in floating point first: three int32 factors can overflow a long.
            Fail(".size", $"size {geometry.Size[0]} x {geometry.Size[1]} x {geometry.Size[2]} exceeds the server's limit of " +
                $"{_maxRequestVoxels} voxels per request; crop to the VOI box plus a margin, or stream");
        }

        if (geometry.Spacing.Count != 3 || geometry.Spacing.Any(s => !double.IsFinite(s) || s < MinSpacingMm || s > MaxSpacingMm))
        {
            Fail(".spacing", $"spacing needs 3 finite values between {MinSpacingMm} and {MaxSpacingMm} mm");
        }

        if (geometry.Origin.Count != 3 || geometry.Origin.Any(o => !double.IsFinite(o)))
        {
            Fail(".origin", "origin needs 3 finite values (LPS, mm)");
        }

        if (geometry.Direction.Count != 9 || geometry.Direction.Any(d => !double.IsFinite(d)))
        {
            Fail(".direction", "direction needs 9 finite values (row-major 3x3, columns are the axis directions)");
        }
        else if (!ToMatrix(geometry.Direction).IsOrthonormal())
        {
            Fail(".direction", "direction is not orthonormal (its columns must be perpendicular unit vectors)");
        }

        if (!ok)
        {
            return null;
        }

        return new ImageGeometry(
            new Size3(geometry.Size[0], geometry.Size[1], geometry.Size[2]),
            new Vec3(geometry.Spacing[0], geometry.Spacing[1], geometry.Spacing[2]),
            new Vec3(geometry.Origin[0], geometry.Origin[1], geometry.Origin[2]),
            ToMatrix(geometry.Direction));
    }

    private static Matrix3 ToMatrix(IReadOnlyList<double> d) => new(d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8]);

    private static Imaging.PixelType? ReadPixelType(ProtoPixelType type, string field, FieldViolations violations)
    {
        Imaging.PixelType? mapped = type switch
        {
            ProtoPixelType.Uint8 => Imaging.PixelType.UInt8,
            ProtoPixelType.Int8 => Imaging.PixelType.Int8,
            ProtoPixelType.Uint16 => Imaging.PixelType.UInt16,
            ProtoPixelType.Int16 => Imaging.PixelType.Int16,
            ProtoPixelType.Uint32 => Imaging.PixelType.UInt32,
            ProtoPixelType.Int32 => Imaging.PixelType.Int32,
            ProtoPixelType.Float32 => Imaging.PixelType.Float32,
            ProtoPixelType.Float64 => Imaging.PixelType.Float64,
            _ => null,
        };
        if (mapped is null)
        {
            violations.Add(field, "pixel_type must be set to one of the PIXEL_TYPE_* values");
        }

        return mapped;
    }

    private static void CheckBytes(ByteString data, long voxels, Imaging.PixelType type, bool dataInline, string field, FieldViolations violations)
    {
        var expected = voxels * type.SizeInBytes();
        if (expected > int.MaxValue)
        {
            violations.Add(field, $"one buffer of {expected} bytes is more than the 2 GiB a buffer may hold");
        }
        else if (!dataInline)
        {
            if (!data.IsEmpty)
            {
                violations.Add(field, "in a streaming header the bytes must be empty; send them as chunks");
            }
        }
        else if (data.Length != expected)
        {
            violations.Add(field, $"holds {data.Length} bytes but size x pixel size needs {expected}");
        }
    }
}
