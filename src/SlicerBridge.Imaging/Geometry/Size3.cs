namespace SlicerBridge.Imaging.Geometry;

/// <summary>Voxel counts along x, y and z (x fastest in memory).</summary>
public readonly record struct Size3(int X, int Y, int Z)
{
    public long VoxelCount => (long)X * Y * Z;

    public int this[int axis] => axis switch
    {
        0 => X,
        1 => Y,
        2 => Z,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    public override string ToString() => $"({X}, {Y}, {Z})";
}
