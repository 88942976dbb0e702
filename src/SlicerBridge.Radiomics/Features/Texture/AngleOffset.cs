namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// One neighbour direction, in voxel steps along x, y and z. PyRadiomics writes the same offset as
/// the tuple (dz, dy, dx) because its arrays are indexed (z, y, x).
/// </summary>
public readonly record struct AngleOffset(int Dx, int Dy, int Dz)
{
    /// <summary>The infinity-norm length, which is the distance PyRadiomics assigns the offset to.</summary>
    public int Chebyshev => Math.Max(Math.Abs(Dx), Math.Max(Math.Abs(Dy), Math.Abs(Dz)));

    public override string ToString() => $"(dz {Dz}, dy {Dy}, dx {Dx})";
}
