namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// ITK's LinearInterpolateImageFunction (3-D optimised path): an axis takes part only when its
/// fractional distance is positive and the next voxel exists, so between the last voxel centre and the
/// buffer edge the edge value is repeated; lerps run along x, then y, then z.
/// </summary>
internal sealed class LinearInterpolator(VoxelBlock block) : IVoxelInterpolator
{
    public double Evaluate(double x, double y, double z)
    {
        var size = block.ImageSize;
        var bx = Math.Max(ItkRounding.Floor(x), 0);
        var by = Math.Max(ItkRounding.Floor(y), 0);
        var bz = Math.Max(ItkRounding.Floor(z), 0);
        var dx = x - bx;
        var dy = y - by;
        var dz = z - bz;
        var useX = dx > 0 && bx + 1 <= size.X - 1;
        var useY = dy > 0 && by + 1 <= size.Y - 1;
        var useZ = dz > 0 && bz + 1 <= size.Z - 1;

        var lower = AlongY(bx, by, bz, dx, dy, useX, useY);
        return useZ ? Lerp(lower, AlongY(bx, by, bz + 1, dx, dy, useX, useY), dz) : lower;
    }

    private double AlongY(long bx, long by, long z, double dx, double dy, bool useX, bool useY)
    {
        var lower = AlongX(bx, by, z, dx, useX);
        return useY ? Lerp(lower, AlongX(bx, by + 1, z, dx, useX), dy) : lower;
    }

    private double AlongX(long bx, long y, long z, double dx, bool useX)
    {
        var lower = block.At(bx, y, z);
        return useX ? Lerp(lower, block.At(bx + 1, y, z), dx) : lower;
    }

    private static double Lerp(double a, double b, double t) => a + (b - a) * t;
}
