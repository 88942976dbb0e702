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
        KnownBaselineDeviations.Tolerance(column, $"original_shape_{feature}", Tolerance);
}
