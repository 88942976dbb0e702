using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// PyRadiomics' <c>resampleImage</c> on our types, matching SimpleITK's output: the grid from
/// <see cref="ResamplingGrid"/>, the image through ITK's interpolator with default value 0 and its own
/// pixel type (integers clamped and truncated toward zero, as ITK's static_cast), the mask always by
/// nearest neighbour. When the image spacing already equals the target (numpy <c>allclose</c>), the
/// image is only cropped to the ROI box plus <c>padDistance</c>.
/// </summary>
public static class Resampler
{
    // Beyond this many voxels from the sampled region a B-spline coefficient changes by less than
    // |√3 − 2|^40 ≈ 1e-23 of the data, far below double rounding, so the spline is fitted on that box only.
    private const int BSplineMargin = 40;
    private const int LocalMargin = 2;

    public static ResampleResult Resample(ImageVolume image, RoiMask mask, ResampleSettings settings, ImagingLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        image.Geometry.Validate("image");
        mask.Geometry.Validate("mask");
        if (mask.IsEmpty)
        {
            throw new InvalidInputException("the mask holds no voxel of the label", "mask");
        }

        CheckRoiInsideImage(image.Geometry, mask);
        var spacing = ResamplingGrid.TargetSpacing(mask, settings.Spacing);
        if (AllClose(image.Geometry.Spacing, spacing))
        {
            return CropOnly(image, mask, settings.PadDistance, limits);
        }

        var grid = ResamplingGrid.Compute(mask, spacing, settings.PadDistance, limits);
        var resampled = ImageVolume.Allocate(grid, image.PixelType, limits, "resampledPixelSpacing");
        VoxelConversion.FromDoubles(SampleImage(image, grid, settings.Interpolator, limits), resampled);
        var resampledMask = SampleMask(mask, grid);
        return new ResampleResult(resampled, resampledMask,
            new ResampleDiagnostics(grid.Size, grid.Spacing, resampledMask.VoxelCount, SpacingAlreadyMatched: false));
    }

    private static double[] SampleImage(ImageVolume image, ImageGeometry grid, Interpolator interpolator, ImagingLimits? limits)
    {
        var margin = interpolator == Interpolator.BSpline ? BSplineMargin : LocalMargin;
        var box = GridSampler.InputBox(image.Geometry, grid, margin);
        if (box is null)
        {
            return new double[grid.VoxelCount]; // the grid lies outside the image: all default value
        }

        // The input region as doubles, and for the B-spline its coefficients too.
        (limits ?? ImagingLimits.Default).EnsureFits(box.Value.Size.VoxelCount,
            sizeof(double) * (interpolator == Interpolator.BSpline ? 2 : 1), "image");

        var block = VoxelBlock.FromImage(image, box.Value);
        IVoxelInterpolator sampler = interpolator switch
        {
            Interpolator.NearestNeighbor => new NearestNeighborInterpolator(block),
            Interpolator.Linear => new LinearInterpolator(block),
            _ => new BSplineInterpolator(block),
        };
        return GridSampler.Sample(sampler, image.Geometry, grid);
    }

    private static RoiMask SampleMask(RoiMask mask, ImageGeometry grid)
    {
        var voxels = new byte[grid.VoxelCount];
        var box = GridSampler.InputBox(mask.Geometry, grid, LocalMargin);
        if (box is not null)
        {
            var values = GridSampler.Sample(new NearestNeighborInterpolator(VoxelBlock.FromMask(mask, box.Value)), mask.Geometry, grid);
            for (var i = 0; i < values.Length; i++)
            {
                voxels[i] = (byte)values[i];
            }
        }

        return new RoiMask(grid, voxels);
    }

    private static ResampleResult CropOnly(ImageVolume image, RoiMask mask, int padDistance, ImagingLimits? limits)
    {
        // PyRadiomics first puts the mask on the image grid by nearest neighbour; on the same grid that is the mask itself.
        var caps = limits ?? ImagingLimits.Default;
        if (mask.Geometry != image.Geometry)
        {
            caps.EnsureFits(image.VoxelCount, sizeof(double) + sizeof(byte), "mask");
        }

        var onImageGrid = mask.Geometry == image.Geometry ? mask : SampleMask(mask, image.Geometry);
        if (onImageGrid.IsEmpty)
        {
            throw new InvalidInputException("the mask holds no voxel of the label on the image grid", "mask");
        }

        caps.EnsureFits(onImageGrid.BoundingBox.Pad(padDistance, image.Size).Size.VoxelCount,
            image.PixelType.SizeInBytes(), "image");
        var (cropped, croppedMask) = RoiCrop.ToBoundingBox(image, onImageGrid, padDistance);
        return new ResampleResult(cropped, croppedMask,
            new ResampleDiagnostics(cropped.Size, cropped.Geometry.Spacing, croppedMask.VoxelCount, SpacingAlreadyMatched: true));
    }

    /// <summary>PyRadiomics' _checkROI: the ROI box (voxel edges) must lie inside the image, with a 1e-3 voxel tolerance.</summary>
    private static void CheckRoiInsideImage(ImageGeometry image, RoiMask mask)
    {
        const double tolerance = 1e-3;
        var box = mask.BoundingBox;
        var maskMap = new ItkIndexMapping(mask.Geometry);
        var imageMap = new ItkIndexMapping(image);
        var lower = imageMap.PhysicalToContinuousIndex(maskMap.ContinuousIndexToPhysical(
            new Vec3(box.X - 0.5, box.Y - 0.5, box.Z - 0.5)));
        var upper = imageMap.PhysicalToContinuousIndex(maskMap.ContinuousIndexToPhysical(
            new Vec3(box.X + box.SizeX - 0.5, box.Y + box.SizeY - 0.5, box.Z + box.SizeZ - 0.5)));
        for (var axis = 0; axis < 3; axis++)
        {
            if (Math.Min(lower[axis], upper[axis]) < -0.5 - tolerance ||
                Math.Max(lower[axis], upper[axis]) > image.Size[axis] - 0.5 + tolerance)
            {
                throw new InvalidInputException(
                    $"the ROI bounding box {box} reaches outside the image (size {image.Size})", "mask");
            }
        }
    }

    /// <summary>numpy.allclose(a, b): |a − b| ≤ 1e-8 + 1e-5·|b| on every axis.</summary>
    private static bool AllClose(Vec3 a, Vec3 b)
    {
        for (var axis = 0; axis < 3; axis++)
        {
            if (!(Math.Abs(a[axis] - b[axis]) <= 1e-8 + 1e-5 * Math.Abs(b[axis])))
            {
                return false;
            }
        }

        return true;
    }
}
