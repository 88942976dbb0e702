namespace SlicerBridge.Radiomics.Tests.Support;

/// <summary>
/// Baseline values that current PyRadiomics no longer reproduces, with the looser tolerance each
/// needs and why. Every other baseline value is held to the test's own tolerance.
/// </summary>
internal static class KnownBaselineDeviations
{
    /// <summary>Shape, brain1 column.
    /// The brain1 column was written by PyRadiomics 2.0.1b1.post11+g127d134, a development commit of the pull
    /// request that introduced the mesh volume and mesh diameters (AIM-Harvard/pyradiomics#427), before
    /// release 2.1.0. Its mesh area and volume differ from ours by up to 9.2e-4 relative (area 6433.734 there,
    /// 6438.822 here; volume 16149.495 there, 16147.512 here), and so do the two features derived from both.
    /// When this port was written, a cube-by-cube transcription of the shipped cshape.c with its own triangle
    /// table (identical in its 2018 and current versions) gave our values for brain1 to 1e-15. The brain2 and
    /// breast1 columns, written by the same development commit, agree to 1e-6, so that commit can only have
    /// differed in cube configurations that brain1 alone contains. PyRadiomics' own test accepts 3 %. Every other
    /// brain1 feature, including the diameters taken from the same mesh, agrees to 1e-6.
    /// </summary>
    private static readonly Dictionary<(string Column, string Feature), double> Deviations = new()
    {
        [("brain1", "original_shape_MeshVolume")] = 1e-3,
        [("brain1", "original_shape_SurfaceArea")] = 1e-3,
        [("brain1", "original_shape_SurfaceVolumeRatio")] = 1e-3,
        [("brain1", "original_shape_Sphericity")] = 1e-3,
    };

    public static double Tolerance(string column, string feature, double standard) =>
        Deviations.GetValueOrDefault((column, feature), standard);
}
