using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Radiomics.Discretization;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Features;

/// <summary>
/// What a feature family works on: one (possibly filtered) image cropped to the ROI's bounding box,
/// the ROI mask on that crop, and the settings. Buffers are x fastest. Derived data (ROI values,
/// grey levels) are computed once on first use and shared by all families.
/// </summary>
public sealed class FeatureInput
{
    private double[]? _roiValues;
    private DiscretizedImage? _levels;

    public FeatureInput(Size3 size, Vec3 spacing, double[] image, byte[] mask, ExtractionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(mask);
        ArgumentNullException.ThrowIfNull(settings);
        if (image.LongLength != size.VoxelCount || mask.LongLength != size.VoxelCount)
        {
            throw new ArgumentException("image and mask buffers must both match the crop size");
        }

        Size = size;
        Spacing = spacing;
        Image = image;
        Mask = mask;
        Settings = settings;
        VoxelCount = mask.Length - mask.AsSpan().Count((byte)0);
    }

    /// <summary>Size of the crop (the ROI bounding box).</summary>
    public Size3 Size { get; }

    /// <summary>Voxel spacing in mm, x, y, z.</summary>
    public Vec3 Spacing { get; }

    /// <summary>Voxel values of the crop.</summary>
    public double[] Image { get; }

    /// <summary>1 inside the ROI, 0 outside.</summary>
    public byte[] Mask { get; }

    public ExtractionSettings Settings { get; }

    /// <summary>Number of ROI voxels (Np).</summary>
    public int VoxelCount { get; }

    /// <summary>The ROI voxel values in index order (z, then y, then x).</summary>
    public double[] RoiValues => _roiValues ??= CollectRoiValues();

    /// <summary>Grey levels per voxel by the settings' bin width or bin count.</summary>
    public DiscretizedImage Levels => _levels ??= GrayLevelDiscretizer.Discretize(this);

    private double[] CollectRoiValues()
    {
        var values = new double[VoxelCount];
        var n = 0;
        for (var i = 0; i < Mask.Length; i++)
        {
            if (Mask[i] != 0)
            {
                values[n++] = Image[i];
            }
        }

        return values;
    }
}
