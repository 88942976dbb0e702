namespace SlicerBridge.Imaging.Geometry;

/// <summary>
/// Where a voxel grid sits in patient space, in ITK/DICOM LPS: physical = origin + direction * (spacing ⊙ index).
/// </summary>
public sealed record ImageGeometry
{
    /// <summary>ITK's default coordinate and direction tolerance when it checks that two images share a grid.</summary>
    public const double DefaultTolerance = 1e-6;

    public ImageGeometry(Size3 size, Vec3 spacing, Vec3 origin, Matrix3 direction)
    {
        Size = size;
        Spacing = spacing;
        Origin = origin;
        Direction = direction;
    }

    public Size3 Size { get; }

    public Vec3 Spacing { get; }

    public Vec3 Origin { get; }

    public Matrix3 Direction { get; }

    public long VoxelCount => Size.VoxelCount;

    /// <summary>Volume of one voxel in mm³.</summary>
    public double VoxelVolume => Spacing.X * Spacing.Y * Spacing.Z;

    public static ImageGeometry Unit(Size3 size) => new(size, new Vec3(1, 1, 1), default, Matrix3.Identity);

    public Vec3 IndexToPhysical(Vec3 index) =>
        Origin + Direction * new Vec3(index.X * Spacing.X, index.Y * Spacing.Y, index.Z * Spacing.Z);

    public Vec3 IndexToPhysical(int x, int y, int z) => IndexToPhysical(new Vec3(x, y, z));

    public Vec3 PhysicalToContinuousIndex(Vec3 point)
    {
        var local = Direction.Inverse() * (point - Origin);
        return new Vec3(local.X / Spacing.X, local.Y / Spacing.Y, local.Z / Spacing.Z);
    }

    /// <summary>The sub-grid of <paramref name="box"/>: same spacing and direction, origin at the box's first voxel.</summary>
    public ImageGeometry Crop(BoundingBox box) =>
        new(box.Size, Spacing, IndexToPhysical(box.X, box.Y, box.Z), Direction);

    /// <summary>
    /// The check ITK makes before combining two images (and so the one PyRadiomics inherits):
    /// same size, spacing and origin within <paramref name="coordinateTolerance"/> times the first
    /// spacing, and direction cosines within <paramref name="directionTolerance"/>.
    /// </summary>
    public bool IsSameGrid(ImageGeometry other, double coordinateTolerance = DefaultTolerance, double directionTolerance = DefaultTolerance)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Size != other.Size)
        {
            return false;
        }

        var coordinate = coordinateTolerance * Math.Abs(Spacing.X);
        for (var axis = 0; axis < 3; axis++)
        {
            if (!(Math.Abs(Spacing[axis] - other.Spacing[axis]) <= coordinate) ||
                !(Math.Abs(Origin[axis] - other.Origin[axis]) <= coordinate))
            {
                return false;
            }

            for (var column = 0; column < 3; column++)
            {
                if (!(Math.Abs(Direction[axis, column] - other.Direction[axis, column]) <= directionTolerance))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>Describes how this grid differs from <paramref name="other"/>, for error messages.</summary>
    public string DescribeDifference(ImageGeometry other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Size != other.Size)
        {
            return $"size {Size} vs {other.Size}";
        }

        if (Spacing != other.Spacing)
        {
            return $"spacing {Spacing} vs {other.Spacing}";
        }

        if (Origin != other.Origin)
        {
            return $"origin {Origin} vs {other.Origin}";
        }

        return "direction differs";
    }

    /// <summary>Checks the geometry is usable at all: positive sizes and spacings, finite values, invertible direction.</summary>
    public void Validate(string? where = null)
    {
        if (Size.X <= 0 || Size.Y <= 0 || Size.Z <= 0)
        {
            throw new InvalidInputException($"image size {Size} must be positive along every axis", where);
        }

        if (!Spacing.IsFinite || Spacing.X <= 0 || Spacing.Y <= 0 || Spacing.Z <= 0)
        {
            throw new InvalidInputException($"voxel spacing {Spacing} must be finite and positive", where);
        }

        if (!Origin.IsFinite)
        {
            throw new InvalidInputException($"image origin {Origin} is not finite", where);
        }

        if (!Direction.IsFinite || !Direction.IsOrthonormal())
        {
            throw new InvalidInputException("direction cosines are not orthonormal", where);
        }
    }
}
