using SlicerBridge.Radiomics.Features;
using SlicerBridge.Radiomics.Tests.Support;

namespace SlicerBridge.Radiomics.Tests.Extraction;

/// <summary>
/// Every <c>original_*</c> feature of PyRadiomics' baseline CSVs for brain1, brain2 and breast1,
/// under each column's recorded settings, through the whole extractor (mask checks, normalisation,
/// resegmentation, B-spline resampling to 2 mm, cropping, discretisation).
/// </summary>
public class BaselineExtractionTests
{
    private const double RelativeTolerance = 1e-6;

    public static TheoryData<string, string> Columns()
    {
        var data = new TheoryData<string, string>();
        foreach (var family in FeatureFamilies.All)
        {
            var table = BaselineTable.Load(family.Name);
            foreach (var column in table.Columns.Where(c => BaselineCase.Cases.Contains(BaselineTable.CaseOf(c))))
            {
                data.Add(family.Name, column);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Columns))]
    public void MatchesPyRadiomicsBaseline(string featureClass, string column)
    {
        var table = BaselineTable.Load(featureClass);
        var expected = table.Features(column);
        Assert.NotEmpty(expected);

        var actual = BaselineExtraction.Run(table, column, expected.Keys.ToList());

        Tolerance.AssertAllClose(expected, actual, RelativeTolerance, column);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void EveryDefaultFeatureHasABaseline(string featureClass)
    {
        var baseline = BaselineTable.Load(featureClass).Features("brain1");
        var family = FeatureFamilies.Find(featureClass)!;
        var missing = family.DefaultFeatureNames.Where(f => !baseline.ContainsKey($"original_{featureClass}_{f}")).ToList();
        Assert.Empty(missing);
    }

    public static TheoryData<string> Families() => new(FeatureFamilies.All.Select(f => f.Name));
}
