using SlicerBridge.Radiomics.Discretization;

namespace SlicerBridge.Radiomics.Tests.Discretization;

public class GrayLevelDiscretizerTests
{
    [Theory]
    [InlineData(-7.0, 5.0, 3.0)]
    [InlineData(7.0, 5.0, 2.0)]
    [InlineData(-10.0, 5.0, 0.0)]
    [InlineData(7.5, -5.0, -2.5)]
    public void PythonModTakesTheDivisorSign(double a, double b, double expected) =>
        Assert.Equal(expected, GrayLevelDiscretizer.PythonMod(a, b));

    [Fact]
    public void FixedWidthEdgesStartAtAMultipleOfTheWidthBelowTheMinimum()
    {
        // numpy: arange(-50, 40 + 50, 25) = [-50, -25, 0, 25, 50, 75]
        var edges = GrayLevelDiscretizer.FixedWidthEdges([-33.0, 0.0, 40.0], 25);
        Assert.Equal([-50.0, -25.0, 0.0, 25.0, 50.0, 75.0], edges);
    }

    [Fact]
    public void ValueOnAnEdgeGoesToTheUpperBin()
    {
        double[] edges = [0, 25, 50, 75];
        Assert.Equal(1, GrayLevelDiscretizer.Digitize(0, edges));
        Assert.Equal(2, GrayLevelDiscretizer.Digitize(25, edges));
        Assert.Equal(2, GrayLevelDiscretizer.Digitize(49.999, edges));
        Assert.Equal(4, GrayLevelDiscretizer.Digitize(75, edges));
    }

    [Fact]
    public void FlatRegionFallsIntoTheFirstBin()
    {
        // arange(0, 100 + 10000, 5000): a flat ROI lands in bin 1 and Ng is 1.
        var edges = GrayLevelDiscretizer.FixedWidthEdges([100.0, 100.0], 5000);
        Assert.Equal([0.0, 5000.0, 10000.0], edges);
        Assert.Equal(1, GrayLevelDiscretizer.Digitize(100, edges));
    }

    [Fact]
    public void FixedCountPutsTheMaximumInTheLastBin()
    {
        double[] values = [0, 1, 2, 3, 4];
        var edges = GrayLevelDiscretizer.FixedCountEdges(values, 4);
        Assert.Equal(5, edges.Length);
        Assert.Equal(5.0, edges[^1]);
        Assert.Equal(4, GrayLevelDiscretizer.Digitize(4, edges));
        Assert.Equal(1, GrayLevelDiscretizer.Digitize(0, edges));
    }
}
