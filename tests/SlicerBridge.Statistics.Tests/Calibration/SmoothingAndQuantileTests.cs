using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Tests.Calibration;

/// <summary>
/// The two numeric helpers behind the calibration statistics, checked against R 4.2.2 directly on a
/// small sample with a tie: <c>lowess(x, y, iter = 0)</c> (the val.prob calibration curve) and
/// <c>quantile(x, seq(0, 1, 0.1))</c> (the Hosmer-Lemeshow breaks).
/// </summary>
public class SmoothingAndQuantileTests
{
    private static readonly double[] X = [0.31, 0.05, 0.92, 0.47, 0.47, 0.66, 0.12, 0.83, 0.29, 0.58, 0.74, 0.2];
    private static readonly double[] Y = [0, 0, 1, 1, 0, 1, 0, 1, 0, 0, 1, 1];

    [Fact]
    public void LowessMatchesR()
    {
        double[] expected =
        [
            0.13874980964090033, 0.18385277647920248, 0.22978128494738906, 0.30877005688984577, 0.32020994569560413, 0.32479023389353662,
            0.32479023389353662, 0.5693241980249637, 0.71040674745176213, 0.83393811125471629, 0.9825776954906702, 1.1267476853635454,
        ];
        var (xs, ys) = Lowess.Smooth(X, Y);
        Assert.Equal(X.Order(), xs);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], ys[i], 1e-14);
        }
    }

    [Fact]
    public void Type7QuantilesMatchR()
    {
        double[] expected =
        [
            0.050000000000000003, 0.128, 0.21800000000000003, 0.29600000000000004, 0.37400000000000005, 0.46999999999999997,
            0.53600000000000014, 0.63600000000000012, 0.72400000000000009, 0.82099999999999995, 0.92000000000000004,
        ];
        var sorted = X.Order().ToArray();
        for (var k = 0; k <= 10; k++)
        {
            Assert.Equal(expected[k], Quantile.Type7Sorted(sorted, k * 0.1), 1e-16);
        }
    }
}
