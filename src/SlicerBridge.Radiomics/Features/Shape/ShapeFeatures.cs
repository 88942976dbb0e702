using SlicerBridge.Imaging;

namespace SlicerBridge.Radiomics.Features.Shape;

/// <summary>
/// PyRadiomics' 3-D <c>shape</c> class: size and shape of the ROI from a marching-cubes mesh of the
/// mask (volume, area, diameters) and from the principal axes of its voxel centres. It ignores the image
/// and works on the un-resegmented mask, in index space scaled by spacing (direction cosines ignored).
/// </summary>
public sealed class ShapeFeatures : FeatureFamily<ShapeState>
{
    public override string Name => "shape";

    protected override IReadOnlyList<Feature<ShapeState>> Features { get; } =
    [
        new("MeshVolume", MeshVolume),
        new("VoxelVolume", VoxelVolume),
        new("SurfaceArea", SurfaceArea),
        new("SurfaceVolumeRatio", SurfaceVolumeRatio),
        new("Sphericity", Sphericity),
        new("Compactness1", Compactness1, Deprecated: true),
        new("Compactness2", Compactness2, Deprecated: true),
        new("SphericalDisproportion", SphericalDisproportion, Deprecated: true),
        new("Maximum3DDiameter", Maximum3DDiameter),
        new("Maximum2DDiameterSlice", Maximum2DDiameterSlice),
        new("Maximum2DDiameterColumn", Maximum2DDiameterColumn),
        new("Maximum2DDiameterRow", Maximum2DDiameterRow),
        new("MajorAxisLength", MajorAxisLength),
        new("MinorAxisLength", MinorAxisLength),
        new("LeastAxisLength", LeastAxisLength),
        new("Elongation", Elongation),
        new("Flatness", Flatness),
    ];

    /// <summary>V: the volume enclosed by the mesh, signed tetrahedra from the origin summed.</summary>
    public static double MeshVolume(ShapeState s) => s.MeshVolume;

    /// <summary>Number of ROI voxels times the voxel volume.</summary>
    public static double VoxelVolume(ShapeState s) => s.VoxelCount * s.VoxelVolume;

    /// <summary>A: the sum of the mesh triangles' areas.</summary>
    public static double SurfaceArea(ShapeState s) => s.SurfaceArea;

    /// <summary>A / V (not dimensionless).</summary>
    public static double SurfaceVolumeRatio(ShapeState s) => s.SurfaceArea / s.MeshVolume;

    /// <summary>∛(36πV²) / A: 1 for a sphere, smaller for any other shape.</summary>
    public static double Sphericity(ShapeState s) => Math.Cbrt(36 * Math.PI * s.MeshVolume * s.MeshVolume) / s.SurfaceArea;

    /// <summary>V / √(πA³), deprecated by PyRadiomics (= Sphericity^1.5 / 6π).</summary>
    public static double Compactness1(ShapeState s) => s.MeshVolume / (Math.Pow(s.SurfaceArea, 1.5) * Math.Sqrt(Math.PI));

    /// <summary>36πV² / A³, deprecated by PyRadiomics (= Sphericity³).</summary>
    public static double Compactness2(ShapeState s) => 36 * Math.PI * s.MeshVolume * s.MeshVolume / Math.Pow(s.SurfaceArea, 3);

    /// <summary>A / ∛(36πV²), deprecated by PyRadiomics (= 1 / Sphericity).</summary>
    public static double SphericalDisproportion(ShapeState s) => s.SurfaceArea / Math.Cbrt(36 * Math.PI * s.MeshVolume * s.MeshVolume);

    /// <summary>Largest distance between two mesh vertices (Feret diameter), mm.</summary>
    public static double Maximum3DDiameter(ShapeState s) => s.Diameters.Maximum3D;

    /// <summary>Largest distance between two mesh vertices in one axial (row-column) plane, mm.</summary>
    public static double Maximum2DDiameterSlice(ShapeState s) => s.Diameters.Slice;

    /// <summary>Largest distance between two mesh vertices in one coronal (row-slice) plane, mm.</summary>
    public static double Maximum2DDiameterColumn(ShapeState s) => s.Diameters.Column;

    /// <summary>Largest distance between two mesh vertices in one sagittal (column-slice) plane, mm.</summary>
    public static double Maximum2DDiameterRow(ShapeState s) => s.Diameters.Row;

    /// <summary>4√λmajor, the largest principal axis of the voxel centres, mm.</summary>
    public static double MajorAxisLength(ShapeState s) => 4 * Math.Sqrt(s.Axes.Major);

    /// <summary>4√λminor, mm.</summary>
    public static double MinorAxisLength(ShapeState s) => 4 * Math.Sqrt(s.Axes.Minor);

    /// <summary>4√λleast, mm; 0 for an ROI in one plane.</summary>
    public static double LeastAxisLength(ShapeState s) => 4 * Math.Sqrt(s.Axes.Least);

    /// <summary>√(λminor / λmajor): 1 for a round cross-section, towards 0 for a line.</summary>
    public static double Elongation(ShapeState s) => s.AxisRatio(s.Axes.Minor, nameof(Elongation));

    /// <summary>√(λleast / λmajor): 1 for a ball, 0 for an ROI in one plane.</summary>
    public static double Flatness(ShapeState s) => s.AxisRatio(s.Axes.Least, nameof(Flatness));

    protected override ShapeState Prepare(FeatureInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var spacing = new[] { input.Spacing.Z, input.Spacing.Y, input.Spacing.X };
        if (Array.Exists(spacing, s => !double.IsFinite(s) || s <= 0))
        {
            throw new InvalidInputException($"voxel spacing {input.Spacing} must be finite and positive", "spacing");
        }

        if (input.VoxelCount == 0)
        {
            throw new InvalidInputException("shape features need a non-empty ROI mask", "mask");
        }

        return new ShapeState(PaddedMask.FromCrop(input.Size, input.Mask), spacing);
    }
}
