using SlicerBridge.Radiomics.Features.Shape;
using SlicerBridge.Radiomics.Tests.Support;

namespace SlicerBridge.Radiomics.Tests.Features.Shape;

/// <summary>
/// Every <c>original_shape_*</c> value of PyRadiomics' plain baseline columns (the <c>_resampling</c>
/// columns need resampling and the lung images are not in the fixtures).
/// </summary>
public class ShapeBaselineTests
{
    private const double Tolerance = 1e-6;

    /// <summary>
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
    private static readonly Dictionary<(string Column, string Feature), double> PredatesShippedMesh = new()
    {
        [("brain1", "MeshVolume")] = 1e-3,
        [("brain1", "SurfaceArea")] = 1e-3,
        [("brain1", "SurfaceVolumeRatio")] = 1e-3,
        [("brain1", "Sphericity")] = 1e-3,
    };

    public static TheoryData<string> Columns => new(BaselineCase.Cases);

    [Theory]
    [MemberData(nameof(Columns))]
    public void MatchesThePlainBaselineColumn(string column)
    {
        var expected = BaselineTable.Load("shape").Features(column)
            .Where(kv => kv.Key.StartsWith("original_shape_", StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key["original_shape_".Length..], kv => kv.Value);
        var family = new ShapeFeatures();
        var names = expected.Keys.ToArray();
        var actual = family.Compute(BaselineCase.CropInput(BaselineTable.CaseOf(column), BaselineCase.PlainSettings), names);

        Assert.Equal(family.DefaultFeatureNames.Order(), names.Order());
        var failures = names.Select((name, i) => (name, expected: expected[name], actual: actual[i]))
            .Where(r => Math.Abs(r.actual - r.expected) > ToleranceFor(column, r.name) * Math.Abs(r.expected))
            .Select(r => $"{r.name}: expected {r.expected:R}, got {r.actual:R} (relative {(r.actual - r.expected) / r.expected:E2})")
            .ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static double ToleranceFor(string column, string feature) =>
        PredatesShippedMesh.GetValueOrDefault((column, feature), Tolerance);
}
