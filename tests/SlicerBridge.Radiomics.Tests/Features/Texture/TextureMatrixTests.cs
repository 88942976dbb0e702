using SlicerBridge.Radiomics.Features.Texture;
using SlicerBridge.Radiomics.Tests.Support;
using SlicerBridge.Testing;

namespace SlicerBridge.Radiomics.Tests.Features.Texture;

/// <summary>
/// The texture matrices against PyRadiomics' <c>&lt;case&gt;_&lt;class&gt;.npy</c> baselines (what its
/// <c>test_matrices.py</c> compares, to 1e-3 there, to 1e-9 here), under the plain-column settings.
/// </summary>
/// <remarks>
/// The files hold the matrices as PyRadiomics keeps them after <c>_initCalculation</c>: rows of grey
/// levels absent from the ROI already deleted (brain2's NGTDM lists levels 1, 3, 5, 6, ... and no file
/// has an all-zero row), the GLCM normalised per angle, empty run-length, zone-size and dependence
/// columns deleted. They predate voxel-based extraction, so they lack its leading axis of length 1:
/// GLCM (Ng, Ng, Na), GLRLM (Ng, Nr, Na), GLSZM (Ng, Ns), GLDM (Ng, Nd), NGTDM (Ng, 3) with columns n_i, s_i, i.
/// </remarks>
public class TextureMatrixTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<string> Cases => new(BaselineCase.Cases);

    [Theory]
    [MemberData(nameof(Cases))]
    public void GlcmMatchesBaseline(string testCase)
    {
        var expected = Load(testCase, "glcm");
        var matrix = GlcmMatrix.Compute(BaselineCase.CropInput(testCase, BaselineCase.PlainSettings));
        var g = matrix.LevelCount;
        Assert.Equal([g, g, matrix.AngleCount], expected.Shape);
        for (var a = 0; a < matrix.AngleCount; a++)
        {
            var p = matrix.Angle(a);
            for (var i = 0; i < g; i++)
            {
                for (var j = 0; j < g; j++)
                {
                    AssertClose(expected[i, j, a], p[i * g + j], $"p({i},{j}) angle {a}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GlrlmMatchesBaseline(string testCase)
    {
        var expected = Load(testCase, "glrlm");
        var matrix = GlrlmMatrix.Compute(BaselineCase.CropInput(testCase, BaselineCase.PlainSettings));
        var r = matrix.RunLengthCount;
        Assert.Equal([matrix.LevelCount, r, matrix.AngleCount], expected.Shape);
        for (var a = 0; a < matrix.AngleCount; a++)
        {
            var p = matrix.Angle(a);
            for (var i = 0; i < matrix.LevelCount; i++)
            {
                for (var j = 0; j < r; j++)
                {
                    AssertClose(expected[i, j, a], p[i * r + j], $"P({i},{j}) angle {a}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void GlszmMatchesBaseline(string testCase) =>
        AssertSizeMatrix(Load(testCase, "glszm"), GlszmMatrix.Compute(BaselineCase.CropInput(testCase, BaselineCase.PlainSettings)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void GldmMatchesBaseline(string testCase) =>
        AssertSizeMatrix(Load(testCase, "gldm"), GldmMatrix.Compute(BaselineCase.CropInput(testCase, BaselineCase.PlainSettings)));

    [Theory]
    [MemberData(nameof(Cases))]
    public void NgtdmMatchesBaseline(string testCase)
    {
        var expected = Load(testCase, "ngtdm");
        var matrix = NgtdmMatrix.Compute(BaselineCase.CropInput(testCase, BaselineCase.PlainSettings));
        Assert.Equal([matrix.LevelCount, 3], expected.Shape);
        for (var i = 0; i < matrix.LevelCount; i++)
        {
            AssertClose(expected[i, 0], matrix.Counts[i], $"n_{i}");
            AssertClose(expected[i, 1], matrix.Differences[i], $"s_{i}");
            AssertClose(expected[i, 2], matrix.GrayLevels[i], $"level {i}");
        }
    }

    private static NpyArray Load(string testCase, string featureClass) =>
        NpyReader.Read(Fixtures.PyRadiomicsBaseline($"{testCase}_{featureClass}.npy"));

    private static void AssertSizeMatrix(NpyArray expected, GrayLevelSizeMatrix matrix)
    {
        Assert.Equal([matrix.LevelCount, matrix.SizeCount], expected.Shape);
        for (var i = 0; i < matrix.LevelCount; i++)
        {
            for (var j = 0; j < matrix.SizeCount; j++)
            {
                AssertClose(expected[i, j], matrix.Counts[i * matrix.SizeCount + j], $"P({i},{j})");
            }
        }
    }

    private static void AssertClose(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance, $"{what}: expected {expected:R}, got {actual:R}");
}
