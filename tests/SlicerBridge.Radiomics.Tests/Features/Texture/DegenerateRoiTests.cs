using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Features;
using SlicerBridge.Radiomics.Features.Texture;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Tests.Features.Texture;

/// <summary>ROIs at the edge of what the texture classes accept, with PyRadiomics' defined values.</summary>
public class DegenerateRoiTests
{
    private static readonly FeatureFamily[] Families =
        [new GlcmFeatures(), new GlrlmFeatures(), new GlszmFeatures(), new GldmFeatures(), new NgtdmFeatures()];

    private static readonly int[][,] Flat = [Cube(7), Cube(7), Cube(7)];

    /// <summary>numpy: -1 · log2(1 + ε), the entropy PyRadiomics reports for a certain outcome.</summary>
    private static readonly double EntropyOfCertainty = -Math.Log2(1 + GlcmState.Eps);

    [Fact]
    public void FlatRegionGivesFiniteValuesInEveryClass()
    {
        var input = SyntheticImage.Volume(Flat, DefaultSettings);
        foreach (var family in Families)
        {
            var names = family.Definitions.Select(d => d.Name).ToList();
            var values = family.Compute(input, names);
            for (var k = 0; k < names.Count; k++)
            {
                Assert.True(double.IsFinite(values[k]), $"{family.Name} {names[k]} = {values[k]}");
            }
        }
    }

    [Fact]
    public void FlatRegionGlcmTakesPyRadiomicsDefinedValues()
    {
        // One grey level (7 with bin width 25 is level 1): p = [1] for all 13 angles.
        var glcm = Compute(new GlcmFeatures(), SyntheticImage.Volume(Flat, DefaultSettings));
        Assert.Equal(1, glcm["Autocorrelation"]);
        Assert.Equal(1, glcm["Correlation"]);
        Assert.Equal(1, glcm["MCC"]);
        Assert.Equal(1, glcm["Id"]);
        Assert.Equal(1, glcm["Idmn"]);
        Assert.Equal(1, glcm["JointEnergy"]);
        Assert.Equal(2, glcm["SumAverage"]);
        Assert.Equal(0, glcm["Contrast"]);
        Assert.Equal(0, glcm["Imc1"]);
        Assert.Equal(0, glcm["Imc2"]);
        Assert.Equal(0, glcm["ClusterTendency"]);
        Assert.Equal(0, glcm["SumSquares"]);
        Assert.Equal(EntropyOfCertainty, glcm["JointEntropy"], tolerance: 1e-28);
        Assert.Equal(EntropyOfCertainty, glcm["DifferenceEntropy"], tolerance: 1e-28);
    }

    [Fact]
    public void FlatRegionNgtdmTakesPyRadiomicsDefinedValues()
    {
        var ngtdm = Compute(new NgtdmFeatures(), SyntheticImage.Volume(Flat, DefaultSettings));
        Assert.Equal(1e6, ngtdm["Coarseness"]);
        Assert.Equal(0, ngtdm["Contrast"]);
        Assert.Equal(0, ngtdm["Busyness"]);
        Assert.Equal(0, ngtdm["Complexity"]);
        Assert.Equal(0, ngtdm["Strength"]);
    }

    [Fact]
    public void FlatRegionZoneIsTheWholeRoi()
    {
        var glszm = Compute(new GlszmFeatures(), SyntheticImage.Volume(Flat, DefaultSettings));
        Assert.Equal(1.0 / 27, glszm["ZonePercentage"], tolerance: 1e-15);
        Assert.Equal(27 * 27, glszm["LargeAreaEmphasis"]);
        Assert.Equal(0, glszm["ZoneVariance"]);
    }

    [Fact]
    public void TwoAdjacentVoxelsOfDifferentLevels()
    {
        var input = SyntheticImage.Slice(new[,] { { 1, 2 } });

        // One angle, p(1,2) = p(2,1) = 1/2: perfectly anti-correlated; Q is the identity, so MCC = 1.
        var glcm = Compute(new GlcmFeatures(), input);
        Assert.Equal(1, glcm["Contrast"], tolerance: 1e-15);
        Assert.Equal(-1, glcm["Correlation"], tolerance: 1e-13);
        Assert.Equal(1, glcm["MCC"], tolerance: 1e-13);
        Assert.Equal(1.5, glcm["JointAverage"], tolerance: 1e-15);

        // Two runs and two zones of length 1; neither voxel depends on the other.
        Assert.Equal(1, Compute(new GlrlmFeatures(), input)["RunPercentage"]);
        Assert.Equal(1, Compute(new GlszmFeatures(), input)["ZonePercentage"]);
        Assert.Equal(1, Compute(new GldmFeatures(), input)["SmallDependenceEmphasis"]);

        // Each voxel's only neighbour differs by 1: s_1 = s_2 = 1, p_1 = p_2 = 1/2.
        var ngtdm = Compute(new NgtdmFeatures(), input);
        Assert.Equal(1, ngtdm["Coarseness"]);
        Assert.Equal(0.25, ngtdm["Contrast"]);
        Assert.Equal(1, ngtdm["Busyness"]);
        Assert.Equal(1, ngtdm["Complexity"]);
        Assert.Equal(1, ngtdm["Strength"]);
    }

    [Fact]
    public void VoxelsWithoutNeighbourPairsLeaveGlcmUndefinedAsInPyRadiomics()
    {
        // Two ROI voxels two apart: the one angle has no pair; PyRadiomics normalises by a NaN sum and
        // reports NaN for every GLCM feature. The other classes are defined.
        var input = SyntheticImage.Slice(new[,] { { 1, 0, 2 } });
        Assert.All(new GlcmFeatures().Compute(input, ["Contrast", "JointAverage", "MCC"]), v => Assert.True(double.IsNaN(v)));
        Assert.Equal(1, Compute(new GlszmFeatures(), input)["ZonePercentage"]);
        Assert.Equal(1e6, Compute(new NgtdmFeatures(), input)["Coarseness"]);
    }

    [Fact]
    public void TooManyGreyLevelsAreRejectedBeforeTheMatrixIsAllocated()
    {
        // 10 000 distinct values at bin width 1: a GLCM of 4 × 10 000² elements.
        var image = new int[100, 100];
        for (var k = 0; k < image.Length; k++)
        {
            image[k / 100, k % 100] = k + 1;
        }

        var error = Assert.Throws<InvalidInputException>(() =>
            new GlcmFeatures().Compute(SyntheticImage.Slice(image), ["Contrast"]));
        Assert.Equal("binWidth", error.Where);
    }

    [Fact]
    public void DeprecatedFeaturesEqualTheirReplacements()
    {
        var input = SyntheticImage.Slice(new[,] { { 1, 2, 5, 2, 3 }, { 3, 2, 1, 3, 1 }, { 1, 3, 5, 5, 2 } });
        var glcm = Compute(new GlcmFeatures(), input);
        // Dissimilarity, Homogeneity1 and Homogeneity2 are evaluated as DifferenceAverage, Id and Idm;
        // SumVariance has its own formula over p_{x+y}, equal to ClusterTendency.
        Assert.Equal(glcm["ClusterTendency"], glcm["SumVariance"], tolerance: 1e-12);
        var gldm = Compute(new GldmFeatures(), input);
        Assert.Equal(1, gldm["DependencePercentage"]);

        // First-order Uniformity: grey levels 1, 2, 3, 5 occur 4, 4, 4, 3 times among 15 voxels.
        Assert.Equal((16.0 + 16 + 16 + 9) / 225, gldm["GrayLevelNonUniformityNormalized"], tolerance: 1e-15);
    }

    [Fact]
    public void FeaturesAreListedInPyRadiomicsOutputOrder()
    {
        // PyRadiomics enumerates get<Name>FeatureValue with inspect.getmembers: ordinal order of the names.
        foreach (var family in Families)
        {
            var names = family.Definitions.Select(d => d.Name).ToList();
            Assert.Equal(names.Order(StringComparer.Ordinal), names);
        }

        Assert.Equal(
            ["Dissimilarity", "Homogeneity1", "Homogeneity2", "SumVariance"],
            new GlcmFeatures().Definitions.Where(d => d.Deprecated).Select(d => d.Name));
        Assert.Equal(24, new GlcmFeatures().DefaultFeatureNames.Count());
        Assert.Equal(14, new GldmFeatures().DefaultFeatureNames.Count());
    }

    private static ExtractionSettings DefaultSettings => ExtractionSettings.Default;

    private static Dictionary<string, double> Compute(FeatureFamily family, FeatureInput input)
    {
        var names = family.Definitions.Select(d => d.Name).ToList();
        var values = family.Compute(input, names);
        return names.Zip(values).ToDictionary(p => p.First, p => p.Second);
    }

    private static int[,] Cube(int value) => new[,] { { value, value, value }, { value, value, value }, { value, value, value } };
}
