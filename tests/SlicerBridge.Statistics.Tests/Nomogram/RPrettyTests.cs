using SlicerBridge.Statistics.Nomogram;

namespace SlicerBridge.Statistics.Tests.Nomogram;

public class RPrettyTests
{
    /// <summary>Expected values are R 4.2 pretty() output: the first two are the familiar R results, the last two come from nomogram.json.</summary>
    [Theory]
    [InlineData(0, 1, 5, new[] { 0, 0.2, 0.4, 0.6, 0.8, 1 })]
    [InlineData(1, 10, 5, new[] { 0.0, 2, 4, 6, 8, 10 })]
    [InlineData(-2.71731645235129, 2.0433275021435, 10, new[] { -3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5 })]
    [InlineData(0, 100, 10, new[] { 0.0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 })]
    public void Matches_R(double low, double high, int intervals, double[] expected)
    {
        var values = RPretty.Values(low, high, intervals);
        Assert.Equal(expected.Length, values.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], values[i], 1e-12);
        }
    }
}
