using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// The output grid of PyRadiomics' <c>resampleImage</c>, computed from the mask only: the target spacing
/// (0 → mask spacing; an axis where the ROI box is one voxel thick keeps the mask spacing), the ROI box
/// mapped to the new index space with <c>padDistance</c> and clipped to the mask's extent, an origin
/// anchored at the corner of voxel 0, and the mask's direction. Written in numpy's order of operations.
/// </summary>
public static class ResamplingGrid
{
    /// <summary>The spacing PyRadiomics resamples to for this mask.</summary>
    public static Vec3 TargetSpacing(RoiMask mask, Vec3 requested)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var maskSpacing = mask.Geometry.Spacing;
        var box = mask.BoundingBox;
        return new Vec3(
            Pick(requested.X, maskSpacing.X, box.SizeX),
            Pick(requested.Y, maskSpacing.Y, box.SizeY),
            Pick(requested.Z, maskSpacing.Z, box.SizeZ));

        static double Pick(double requested, double maskSpacing, int boxSize) =>
            requested == 0 || boxSize == 1 ? maskSpacing : requested;
    }

    /// <summary>
    /// The resampled grid for <paramref name="spacing"/> (already resolved by <see cref="TargetSpacing"/>).
    /// Throws <see cref="InvalidInputException"/> before anything is allocated when the grid would
    /// exceed <paramref name="limits"/> (say, 0.01 mm spacing on a 200 mm ROI).
    /// </summary>
    public static ImageGeometry Compute(RoiMask mask, Vec3 spacing, int padDistance, ImagingLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(mask);
        var geometry = mask.Geometry;
        var box = mask.BoundingBox;
        Span<double> low = stackalloc double[3];
        Span<double> originIndex = stackalloc double[3];
        Span<int> size = stackalloc int[3];
        double voxels = 1;
        for (var axis = 0; axis < 3; axis++)
        {
            var maskSpacing = geometry.Spacing[axis];
            var ratio = maskSpacing / spacing[axis];
            var lower = Math.Floor((box.Lower(axis) - 0.5) * ratio - padDistance);
            var upper = Math.Ceiling((box.Lower(axis) + box.Extent(axis) - 0.5) * ratio + padDistance);
            var maxUpper = Math.Ceiling(geometry.Size[axis] * ratio) - 1;
            lower = lower < 0 ? 0 : lower;
            upper = upper > maxUpper ? maxUpper : upper;
            var extent = upper - lower + 1;
            if (!(extent >= 1) || extent > int.MaxValue)
            {
                throw new InvalidInputException(
                    $"resampling to spacing {spacing} gives {extent} voxels along axis {axis}", "resampledPixelSpacing");
            }

            voxels *= extent;
            low[axis] = lower;
            size[axis] = (int)extent;
            originIndex[axis] = 0.5 * (spacing[axis] - maskSpacing) / maskSpacing + lower / ratio;
        }

        var caps = limits ?? ImagingLimits.Default;
        if (voxels > caps.MaxVoxels || voxels * sizeof(double) > caps.MaxBytes)
        {
            throw new InvalidInputException(
                $"resampling to spacing {spacing} would need a {size[0]} x {size[1]} x {size[2]} grid " +
                $"({voxels:0} voxels), more than the limit of {caps.MaxVoxels} voxels / {caps.MaxBytes / (1024 * 1024)} MiB",
                "resampledPixelSpacing");
        }

        var origin = new ItkIndexMapping(geometry).ContinuousIndexToPhysical(new Vec3(originIndex[0], originIndex[1], originIndex[2]));
        return new ImageGeometry(new Size3(size[0], size[1], size[2]), spacing, origin, geometry.Direction);
    }
}
