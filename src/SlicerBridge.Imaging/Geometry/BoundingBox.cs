namespace SlicerBridge.Imaging.Geometry;

/// <summary>
/// An index-space box: lower corner and size per axis, the order PyRadiomics reports
/// (<c>diagnostics_Mask-original_BoundingBox</c> = Lx, Ly, Lz, Sx, Sy, Sz).
/// </summary>
public readonly record struct BoundingBox(int X, int Y, int Z, int SizeX, int SizeY, int SizeZ)
{
    public Size3 Size => new(SizeX, SizeY, SizeZ);

    public int Lower(int axis) => axis switch { 0 => X, 1 => Y, 2 => Z, _ => throw new ArgumentOutOfRangeException(nameof(axis)) };

    public int Extent(int axis) => Size[axis];

    /// <summary>Grows the box by <paramref name="pad"/> voxels on each side, clipped to <paramref name="limit"/>.</summary>
    public BoundingBox Pad(int pad, Size3 limit)
    {
        var x0 = Math.Max(0, X - pad);
        var y0 = Math.Max(0, Y - pad);
        var z0 = Math.Max(0, Z - pad);
        var x1 = Math.Min(limit.X, X + SizeX + pad);
        var y1 = Math.Min(limit.Y, Y + SizeY + pad);
        var z1 = Math.Min(limit.Z, Z + SizeZ + pad);
        return new BoundingBox(x0, y0, z0, x1 - x0, y1 - y0, z1 - z0);
    }

    public override string ToString() => $"({X}, {Y}, {Z}, {SizeX}, {SizeY}, {SizeZ})";
}
