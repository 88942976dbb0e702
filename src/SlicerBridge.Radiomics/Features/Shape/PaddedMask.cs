using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Radiomics.Features.Shape;

/// <summary>
/// The ROI crop with one voxel of background on every side, as PyRadiomics' shape class builds it,
/// so every marching cube and every voxel neighbour lies inside the buffer. 1 inside, 0 outside, x fastest.
/// Indices into it are PyRadiomics' padded indices, which fix the origin of the mesh coordinates.
/// </summary>
internal sealed class PaddedMask
{
    private PaddedMask(int nx, int ny, int nz, byte[] voxels, int voxelCount)
    {
        Nx = nx;
        Ny = ny;
        Nz = nz;
        Voxels = voxels;
        VoxelCount = voxelCount;
    }

    public int Nx { get; }

    public int Ny { get; }

    public int Nz { get; }

    /// <summary>Distance between z-neighbours in <see cref="Voxels"/>.</summary>
    public int SliceStride => Nx * Ny;

    public byte[] Voxels { get; }

    /// <summary>Number of ROI voxels.</summary>
    public int VoxelCount { get; }

    public int Index(int x, int y, int z) => (z * Ny + y) * Nx + x;

    public static PaddedMask FromCrop(Size3 size, byte[] mask)
    {
        ArgumentNullException.ThrowIfNull(mask);
        if (size.X <= 0 || size.Y <= 0 || size.Z <= 0 || mask.LongLength != size.VoxelCount)
        {
            throw new ArgumentException("mask buffer does not match the crop size", nameof(mask));
        }

        var padded = new Size3(size.X + 2, size.Y + 2, size.Z + 2);
        ImagingLimits.Default.EnsureFits(padded.VoxelCount, sizeof(byte), "mask");
        var voxels = new byte[padded.VoxelCount];
        var count = 0;
        for (var z = 0; z < size.Z; z++)
        {
            for (var y = 0; y < size.Y; y++)
            {
                var source = (z * size.Y + y) * size.X;
                var target = ((z + 1) * padded.Y + y + 1) * padded.X + 1;
                for (var x = 0; x < size.X; x++)
                {
                    if (mask[source + x] != 0)
                    {
                        voxels[target + x] = 1;
                        count++;
                    }
                }
            }
        }

        return new PaddedMask(padded.X, padded.Y, padded.Z, voxels, count);
    }
}
