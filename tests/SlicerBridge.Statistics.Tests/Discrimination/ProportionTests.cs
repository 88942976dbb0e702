using SlicerBridge.Statistics.Discrimination;

namespace SlicerBridge.Statistics.Tests.Discrimination;

public class ProportionTests
{
    [Fact]
    public void WaldIntervalIsTheNormalApproximation()
    {
        // 40/52 (the training sensitivity at the Youden threshold): 0.769231 ± 1.959964 * sqrt(p(1-p)/52), by hand.
        var p = Proportion.Of(40, 52);
        var half = 1.959963984540054 * Math.Sqrt(40.0 / 52 * 12 / 52 / 52);
        Assert.Equal(40.0 / 52 - half, p.Lower, 1e-14);
        Assert.Equal(40.0 / 52 + half, p.Upper, 1e-14);
    }

    [Fact]
    public void WilsonIntervalMatchesNewcombe()
    {
        // Newcombe RG (1998), Stat Med 17:857-872, Table I, method 3 (Wilson score, no continuity correction):
        // 81/263 -> 0.2553 to 0.3662; 15/148 -> 0.0624 to 0.1605; 0/20 -> 0 to 0.1611.
        var a = Proportion.Of(81, 263, ProportionIntervalMethod.Wilson);
        Assert.Equal(0.2553, a.Lower, 4);
        Assert.Equal(0.3662, a.Upper, 4);
        var b = Proportion.Of(15, 148, ProportionIntervalMethod.Wilson);
        Assert.Equal(0.0624, b.Lower, 4);
        Assert.Equal(0.1605, b.Upper, 4);
        var c = Proportion.Of(0, 20, ProportionIntervalMethod.Wilson);
        Assert.Equal(0.0, c.Lower);
        Assert.Equal(0.1611, c.Upper, 4);
    }

    [Fact]
    public void IntervalsStayInsideUnitRange()
    {
        var all = Proportion.Of(10, 10);
        Assert.Equal(1.0, all.Upper);
        Assert.Equal(1.0, all.Lower);
        var none = Proportion.Of(0, 10, ProportionIntervalMethod.Wilson);
        Assert.Equal(0.0, none.Lower);
        Assert.True(none.Upper > 0);
    }

    [Fact]
    public void EmptyDenominatorIsUndefinedAsInR()
    {
        Assert.True(double.IsNaN(Proportion.Of(0, 0).Estimate));
        Assert.Throws<StatisticsInputException>(() => Proportion.Of(3, 2));
    }
}
