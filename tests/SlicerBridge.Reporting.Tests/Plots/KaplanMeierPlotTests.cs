using SlicerBridge.Reporting.Plots;
using SlicerBridge.Statistics.Survival;

namespace SlicerBridge.Reporting.Tests.Plots;

public sealed class KaplanMeierPlotTests
{
    private const int Width = 900;
    private const int Height = 700;

    private static KaplanMeierSeries[] Groups(string low = "Low", string high = "High")
    {
        var table = PlotData.Cohort;
        var time = table.Numbers("pfs_months");
        var status = table.Binary("pfs_event");
        var group = table.Binary("high_six_twelve");
        KaplanMeierEstimate Fit(int g)
        {
            var members = Enumerable.Range(0, time.Length).Where(i => group[i] == g).ToArray();
            return KaplanMeierEstimate.Compute(members.Select(i => time[i]).ToArray(), members.Select(i => status[i]).ToArray());
        }

        return [new(low, Fit(0)), new(high, Fit(1))];
    }

    private static Png Render(KaplanMeierSeries[] groups, params double[] times) =>
        new(KaplanMeierPlot.Render(groups, new KaplanMeierPlotOptions(times, "Months", "PFS", Note: "Log-rank p < 0.001"), Width, Height));

    [Fact]
    public void Renders_curves_above_and_numbers_at_risk_below()
    {
        var png = Render(Groups(), 0, 12, 24, 36);
        Assert.Equal((Width, Height), (png.Width, png.Height));
        var (curves, table) = KaplanMeierPlot.Layout(2, Width, Height);
        Assert.True(png.Near("#0072B2", (int)curves.Top, (int)curves.Bottom, 10) > 500, "low-risk curve");
        Assert.True(png.Near("#D55E00", (int)curves.Top, (int)curves.Bottom, 10) > 500, "high-risk curve");

        // The table's numbers are drawn in their group's colour, first group on the upper row.
        var middle = (int)((table.Top + table.Bottom) / 2);
        Assert.True(png.Near("#0072B2", (int)table.Top, middle, 60) > 40, "numbers at risk of the first group");
        Assert.True(png.Near("#D55E00", middle, (int)table.Bottom, 60) > 40, "numbers at risk of the second group");
        Assert.Equal(0, png.Near("#D55E00", (int)table.Top, middle - 4, 60));
    }

    [Fact]
    public void Each_risk_time_adds_a_column_of_numbers()
    {
        var (_, table) = KaplanMeierPlot.Layout(2, Width, Height);
        var three = Render(Groups(), 0, 12, 24);
        var four = Render(Groups(), 0, 12, 24, 36);
        var threeInk = three.Near("#0072B2", (int)table.Top, (int)table.Bottom, 60) + three.Near("#D55E00", (int)table.Top, (int)table.Bottom, 60);
        var fourInk = four.Near("#0072B2", (int)table.Top, (int)table.Bottom, 60) + four.Near("#D55E00", (int)table.Top, (int)table.Bottom, 60);
        Assert.True(fourInk > threeInk, $"a fourth column of numbers adds text ({threeInk} -> {fourInk} pixels)");
    }

    [Fact]
    public void Group_names_are_written_in_the_table()
    {
        var (_, table) = KaplanMeierPlot.Layout(2, Width, Height);
        var a = Render(Groups("Low", "High"), 0, 12, 24, 36);
        var b = Render(Groups("Low radscore", "High radscore"), 0, 12, 24, 36);
        Assert.NotEqual(a.Rows((int)table.Top, (int)table.Bottom), b.Rows((int)table.Top, (int)table.Bottom));
    }

    [Fact]
    public void Same_input_gives_the_same_bytes()
    {
        var options = new KaplanMeierPlotOptions([0, 12, 24, 36]);
        Assert.Equal(KaplanMeierPlot.Render(Groups(), options), KaplanMeierPlot.Render(Groups(), options));
    }

    [Fact]
    public void Negative_risk_time_is_refused() =>
        Assert.Throws<ArgumentException>(() => KaplanMeierPlot.Render(Groups(), new KaplanMeierPlotOptions([-1, 12])));
}
