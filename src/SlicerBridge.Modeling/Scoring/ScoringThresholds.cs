namespace SlicerBridge.Modeling.Scoring;

/// <summary>Where a score starts to deserve a warning.</summary>
public static class ScoringThresholds
{
    /// <summary>A VOI below this volume (mL) is too small for stable texture features.</summary>
    public const double MinimumVoiMl = 0.5;

    /// <summary>A VOI with fewer voxels than this is too small for stable texture features, whatever its volume.</summary>
    public const long MinimumVoiVoxels = 64;

    /// <summary>A feature with |z| above this is far outside what the model was trained on.</summary>
    public const double FarOutsideZ = 4;

    /// <summary>Spacings read from headers are compared with this slack (mm), so 0.7 mm from two writers compares equal.</summary>
    public const double SpacingToleranceMm = 1e-6;
}
