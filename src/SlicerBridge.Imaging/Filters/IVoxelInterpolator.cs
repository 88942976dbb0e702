namespace SlicerBridge.Imaging.Filters;

/// <summary>Evaluates an image at a continuous index that lies inside the buffer ([-0.5, N - 0.5) per axis).</summary>
internal interface IVoxelInterpolator
{
    double Evaluate(double x, double y, double z);
}
