using SlicerBridge.Imaging;

namespace SlicerBridge.Radiomics.Features.Shape;

/// <summary>
/// What the shape features share for one ROI: the padded mask and spacing, and the mesh, diameters and
/// principal axes, each computed on first use so a request for a few features pays only for those.
/// </summary>
public sealed class ShapeState
{
    private readonly PaddedMask _mask;
    private readonly double[] _spacing;
    private MarchingCubesMesh? _mesh;
    private MeshDiameters? _diameters;
    private PrincipalAxes? _axes;

    internal ShapeState(PaddedMask mask, double[] spacing)
    {
        _mask = mask;
        _spacing = spacing;
    }

    /// <summary>Number of ROI voxels.</summary>
    public int VoxelCount => _mask.VoxelCount;

    /// <summary>Volume of one voxel in mm³, multiplied in PyRadiomics' order (z · x · y).</summary>
    public double VoxelVolume => _spacing[0] * _spacing[2] * _spacing[1];

    /// <summary>Marching-cubes mesh volume V, mm³.</summary>
    public double MeshVolume => Mesh.Volume;

    /// <summary>Marching-cubes mesh surface area A, mm².</summary>
    public double SurfaceArea => Mesh.SurfaceArea;

    internal MeshDiameters Diameters => _diameters ??= MeshDiameters.Compute(_mask, _spacing);

    internal PrincipalAxes Axes => _axes ??= PrincipalAxes.Compute(_mask, _spacing);

    private MarchingCubesMesh Mesh => _mesh ??= MarchingCubesMesh.Build(_mask, _spacing);

    /// <summary>
    /// √(λ<paramref name="numerator"/> / λmajor) for Elongation and Flatness. Every axis of a single voxel
    /// has length 0 and the ratio is undefined (PyRadiomics gives NaN): that is reported as bad input.
    /// </summary>
    internal double AxisRatio(double numerator, string feature)
    {
        if (Axes.Major == 0)
        {
            throw new InvalidInputException(
                $"shape {feature} is undefined for an ROI of a single voxel (all principal axes have length 0)", "mask");
        }

        return Math.Sqrt(numerator / Axes.Major);
    }
}
