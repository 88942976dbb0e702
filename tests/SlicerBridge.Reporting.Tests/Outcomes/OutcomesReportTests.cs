using System.Text.RegularExpressions;
using SlicerBridge.Modeling.Outcomes;
using SlicerBridge.Modeling.Tables;
using SlicerBridge.Reporting.Outcomes;
using SlicerBridge.Reporting.Tests.Plots;

namespace SlicerBridge.Reporting.Tests.Outcomes;

public sealed partial class OutcomesReportTests
{
    private static OutcomesResult GoldenGroups() => OutcomesAnalysis.Run(
        PlotData.Cohort,
        new OutcomesOptions("pfs_months", "pfs_event", "high_six_twelve", Cutoff: 0.5, Covariates: ["score", "age"], Stepwise: true,
            ResponseColumn: "response", RiskTimes: [0, 6, 12, 24, 36]));

    [Fact]
    public void Is_self_contained_with_the_plot_embedded()
    {
        var html = OutcomesReport.Render(GoldenGroups());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        var sources = Source().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        var image = Assert.Single(sources);
        Assert.StartsWith("data:image/png;base64,", image, StringComparison.Ordinal);
        var png = new Png(Convert.FromBase64String(image["data:image/png;base64,".Length..]));
        Assert.Equal((900, 700), (png.Width, png.Height));
    }

    [Fact]
    public void Shows_the_R_medians_and_response_rates()
    {
        // km.json: high_six_twelve = 1 median 6.3 (5.1-9.3); = 0 median 17.6 (13.7-NA); all 9.95 (7.2-15.3).
        var html = OutcomesReport.Render(GoldenGroups());
        Assert.Contains("<td>6.3 (5.1–9.3)</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>17.6 (13.7–NA)</td>", html, StringComparison.Ordinal);
        Assert.Contains("Low high_six_twelve (≤ 0.500)", html, StringComparison.Ordinal);

        // response_and_logrank.json: 26 of 37 low and 8 of 43 high respond.
        Assert.Contains("<td>37</td><td>26</td><td>70.3%</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>43</td><td>8</td><td>18.6%</td>", html, StringComparison.Ordinal);
        Assert.Contains("Stepwise by AIC", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Escapes_names_from_the_table()
    {
        var table = CsvTable.Parse("t,d,<b>s\n1,1,0.1\n2,0,0.9\n3,1,0.8\n4,1,0.2\n5,0,0.7\n", "t.csv");
        var result = OutcomesAnalysis.Run(table, new OutcomesOptions("t", "d", "<b>s", Cutoff: 0.5, RiskTimes: [0, 2, 4]));
        var html = OutcomesReport.Render(result, new OutcomesReportOptions(Title: "A & B"));
        Assert.DoesNotContain("<b>s", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;s", html, StringComparison.Ordinal);
        Assert.Contains("<h1>A &amp; B</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Stepwise_model_without_terms_is_reported()
    {
        var result = OutcomesAnalysis.Run(PlotData.Cohort, new OutcomesOptions("pfs_months", "pfs_event", "sex_male", Cutoff: 0.5, Stepwise: true));
        Assert.Contains("Stepwise by AIC (kept: no term;", OutcomesReport.Render(result), StringComparison.Ordinal);
    }

    [Fact]
    public void Same_analysis_gives_the_same_page() =>
        Assert.Equal(OutcomesReport.Render(GoldenGroups()), OutcomesReport.Render(GoldenGroups()));

    [GeneratedRegex("src=\"([^\"]*)\"")]
    private static partial Regex Source();
}
