using SlicerBridge.Radiomics.Features;
using SlicerBridge.Radiomics.Features.Texture;
using SlicerBridge.Radiomics.Tests.Support;

namespace SlicerBridge.Radiomics.Tests.Features.Texture;

/// <summary>
/// Every <c>original_&lt;class&gt;_*</c> value of PyRadiomics' baseline tables for the columns a texture
/// class can be checked on alone: plain, <c>_FBN</c> (binCount 64), <c>_2d</c> (force2D, dimension 0) and
/// <c>_combined</c> (weightingNorm no_weighting), for brain1, brain2 and breast1.
/// </summary>
/// <remarks>
/// The baselines are old: the plain columns were written by PyRadiomics 1.3.0, the others by 2.0.1
/// (<c>diagnostics_Versions_PyRadiomics</c>). Every value still agrees with the current 3.1 formulas
/// implemented here to about 1e-12, so no column needs an exception for a later change of PyRadiomics.
/// </remarks>
public class TextureBaselineTests
{
    // The largest relative difference seen is 1e-12 (MCC, whose baselines carry 12 significant digits, and
    // ClusterShade, a sum with cancellation); 1e-10 leaves room for another platform's libm.
    private const double RelativeTolerance = 1e-10;
    private const double ZeroTolerance = 1e-12;

    private static readonly FeatureFamily[] Families =
        [new GlcmFeatures(), new GlrlmFeatures(), new GlszmFeatures(), new GldmFeatures(), new NgtdmFeatures()];

    public static TheoryData<string, string> Columns()
    {
        var data = new TheoryData<string, string>();
        foreach (var family in Families)
        {
            var table = BaselineTable.Load(family.Name);
            foreach (var testCase in BaselineCase.Cases)
            {
                foreach (var suffix in new[] { string.Empty, "_FBN", "_2d", "_combined" })
                {
                    if (table.Columns.Contains(testCase + suffix))
                    {
                        data.Add(family.Name, testCase + suffix);
                    }
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public void FeaturesMatchBaseline(string featureClass, string column)
    {
        var family = Families.Single(f => f.Name == featureClass);
        var table = BaselineTable.Load(featureClass);
        var prefix = $"original_{featureClass}_";
        var expected = table.Features(column).Where(kv => kv.Key.StartsWith(prefix, StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key[prefix.Length..], kv => kv.Value);
        Assert.Equal(family.DefaultFeatureNames.Order(StringComparer.Ordinal), expected.Keys.Order(StringComparer.Ordinal));

        var input = BaselineCase.CropInput(BaselineTable.CaseOf(column), BaselineColumnSettings.For(table, column));
        var names = expected.Keys.ToList();
        var actual = family.Compute(input, names);

        var failures = new List<string>();
        for (var k = 0; k < names.Count; k++)
        {
            var want = expected[names[k]];
            var got = actual[k];
            var ok = want == 0
                ? Math.Abs(got) <= ZeroTolerance
                : Math.Abs(got - want) <= RelativeTolerance * Math.Abs(want);
            if (!ok)
            {
                failures.Add($"{names[k]}: baseline {want:R}, got {got:R}, relative {Math.Abs(got / want - 1):E2}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
