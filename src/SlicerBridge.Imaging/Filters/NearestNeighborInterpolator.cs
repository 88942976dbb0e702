namespace SlicerBridge.Imaging.Filters;

/// <summary>ITK's NearestNeighborInterpolateImageFunction: each index rounded half up.</summary>
internal sealed class NearestNeighborInterpolator(VoxelBlock block) : IVoxelInterpolator
{
    public double Evaluate(double x, double y, double z) =>
        block.At(ItkRounding.RoundHalfUp(x), ItkRounding.RoundHalfUp(y), ItkRounding.RoundHalfUp(z));
}
