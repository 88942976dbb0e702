using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Radiomics.Features.Texture;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Tests.Features.Texture;

/// <summary>
/// weightingNorm on a 2x2 slice with spacing x 1 mm, y 2 mm, worked by hand. The in-plane angles and their
/// (x, y) lengths in mm are (dz, dy, dx) = (0, 1, 1): (1, 2); (0, 1, 0): (0, 2); (0, 1, -1): (1, 2);
/// (0, 0, 1): (1, 0). On the image [[1, 2], [2, 1]] the symmetrical GLCMs are: both diagonals one pair of
/// equal levels (p(1,1) = 1 resp. p(2,2) = 1, times 2), the axis-parallel angles two pairs (1, 2) (p(1,2) =
/// p(2,1) = 2), so the weighted Contrast is the off-diagonal share (w_y + w_x) / (w_diag + w_y + w_x).
/// </summary>
public class WeightingTests
{
    private static readonly int[,] Image = { { 1, 2 }, { 2, 1 } };
    private static readonly Vec3 Spacing = new(1, 2, 3);

    public static TheoryData<WeightingNorm, double, double, double> GlcmNorms => new()
    {
        // norm, weight of each diagonal, of the y step, of the x step: e^(-‖d‖²).
        { WeightingNorm.Manhattan, Math.Exp(-9), Math.Exp(-4), Math.Exp(-1) },
        { WeightingNorm.Euclidean, Math.Exp(-5), Math.Exp(-4), Math.Exp(-1) },
        { WeightingNorm.Infinity, Math.Exp(-4), Math.Exp(-4), Math.Exp(-1) },
        { WeightingNorm.NoWeighting, 1, 1, 1 },
    };

    [Theory]
    [MemberData(nameof(GlcmNorms))]
    public void GlcmAnglesAreSummedWithDistanceWeights(WeightingNorm norm, double diagonal, double y, double x)
    {
        var input = SyntheticImage.Slice(Image, SyntheticImage.Settings with { WeightingNorm = norm }, Spacing);
        var contrast = new GlcmFeatures().Compute(input, ["Contrast"])[0];
        Assert.Equal((y + x) / (diagonal + y + x), contrast, tolerance: 1e-13);
    }

    [Fact]
    public void GlrlmAnglesAreSummedWithTheirLengths()
    {
        // Runs (grey level, length) per angle: horizontal and vertical four runs of length 1 (two of each
        // level); the (1, 1) diagonal a run (1, 2) and two (2, 1); the (1, -1) diagonal a run (2, 2) and two
        // (1, 1). Euclidean weights 1, 2, √5, √5, so P(1,1) = P(2,1) = 6 + 2√5, P(1,2) = P(2,2) = √5.
        var input = SyntheticImage.Slice(Image, SyntheticImage.Settings with { WeightingNorm = WeightingNorm.Euclidean }, Spacing);
        var values = new GlrlmFeatures().Compute(input, ["RunPercentage", "ShortRunEmphasis"]);
        var r5 = Math.Sqrt(5);
        var runs = 12 + 6 * r5;
        Assert.Equal(runs / (12 + 4 * r5 + 2 * 2 * r5), values[0], tolerance: 1e-13);
        Assert.Equal((12 + 4 * r5 + 2 * r5 / 4) / runs, values[1], tolerance: 1e-13);
    }
}
