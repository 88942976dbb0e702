namespace SlicerBridge.Imaging.Filters;

/// <summary>The image interpolators PyRadiomics offers through SimpleITK (setting <c>interpolator</c>).</summary>
public enum Interpolator
{
    /// <summary><c>sitkNearestNeighbor</c>: ITK's round-half-up nearest voxel.</summary>
    NearestNeighbor,

    /// <summary><c>sitkLinear</c>: ITK's trilinear interpolation.</summary>
    Linear,

    /// <summary><c>sitkBSpline</c> (PyRadiomics' default): ITK's cubic B-spline with mirror boundaries.</summary>
    BSpline,
}
