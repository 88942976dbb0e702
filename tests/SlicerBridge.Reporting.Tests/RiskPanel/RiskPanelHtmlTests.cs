using System.Text.RegularExpressions;
using SlicerBridge.Reporting.RiskPanel;

namespace SlicerBridge.Reporting.Tests.RiskPanel;

public sealed partial class RiskPanelHtmlTests
{
    private static readonly string[] Sections =
    [
        PanelLayout.Header, PanelLayout.Probability, PanelLayout.Position, PanelLayout.Nomogram,
        PanelLayout.Drivers, PanelLayout.Survival, PanelLayout.ModelCard, PanelLayout.Footer,
    ];

    [Fact]
    public void Is_self_contained()
    {
        var html = RiskPanelRenderer.RenderHtml(RiskPanelSamples.Panel());
        Assert.DoesNotContain("http://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);

        var sources = Source().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(4, sources.Length);
        foreach (var src in sources)
        {
            Assert.StartsWith("data:image/png;base64,", src, StringComparison.Ordinal);
            using var image = new PanelImage(Convert.FromBase64String(src["data:image/png;base64,".Length..]));
            Assert.True(image.Width > 200 && image.Height > 200);
        }

        Assert.DoesNotMatch(new Regex("(src|href)=\"(?!data:)", RegexOptions.IgnoreCase), html);
    }

    [Fact]
    public void Every_section_is_present_with_its_content()
    {
        var html = RiskPanelRenderer.RenderHtml(RiskPanelSamples.Panel());
        foreach (var id in Sections)
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains(">81%</p>", html, StringComparison.Ordinal);
        Assert.Contains("95% interval 68% – 90%", html, StringComparison.Ordinal);
        Assert.Contains("Nomogram: high risk (linear predictor 1.457 &gt; cut-off −0.883)", html, StringComparison.Ordinal);
        Assert.Contains("Radscore: high (0.196 &gt; cut-off 0.015)", html, StringComparison.Ordinal);
        Assert.Contains("<b>AUC radscore:</b> train 0.81 (0.73–0.89, n = 120); validation 0.78 (0.66–0.90, n = 60)", html, StringComparison.Ordinal);
        Assert.Contains("<b>AUC nomogram:</b> train 0.85 (0.78–0.92, n = 120); validation 0.83 (0.72–0.94, n = 60)", html, StringComparison.Ordinal);
        Assert.Contains("<b>Intended use:</b> Research and demonstration of the SlicerBridge workflow.", html, StringComparison.Ordinal);
        Assert.Contains("<b>Training data:</b> 120 patients (45 proliferative), 60 validation.", html, StringComparison.Ordinal);
        Assert.Contains("<b>Model:</b> hcc-proliferative-demo version 1.2.0", html, StringComparison.Ordinal);
        Assert.Contains("<b>Created:</b> 2026-11-01T09:00:00Z", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_escaped()
    {
        const string label = "<img src=x onerror=alert(1)> Bed 4 & \"B\"";
        var data = RiskPanelSamples.Panel(label: label, warnings: ["feature <x> out of range & more"]);
        var html = RiskPanelRenderer.RenderHtml(data with { Model = data.Model with { IntendedUse = "<script>alert(2)</script>" } });
        Assert.DoesNotContain(label, html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt; Bed 4 &amp; &quot;B&quot;", html, StringComparison.Ordinal);
        Assert.Contains("Warning: feature &lt;x&gt; out of range &amp; more", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(2)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_demonstration_banner_is_there_exactly_when_the_package_says_so(bool demonstration)
    {
        var html = RiskPanelRenderer.RenderHtml(RiskPanelSamples.Panel(demonstration));
        Assert.Equal(demonstration, html.Contains("DEMONSTRATION MODEL — for demonstration, not for clinical use", StringComparison.Ordinal));
        Assert.Equal(demonstration, html.Contains($"id=\"{PanelLayout.Banner}\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_patient_is_named_only_by_the_label()
    {
        var html = RiskPanelRenderer.RenderHtml(RiskPanelSamples.Panel());
        Assert.Contains("<title>Tumour-board risk panel: proliferative HCC — Patient</title>", html, StringComparison.Ordinal);
        Assert.Contains("Patient &#183; model hcc-proliferative-demo 1.2.0", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_interval_or_figure_is_said_in_words()
    {
        var package = RiskPanelSamples.Package();
        var data = RiskPanelData.From(package, 0.3, new Dictionary<string, double> { ["afp_ng_ml"] = 10 }, []);
        var html = RiskPanelRenderer.RenderHtml(data);
        Assert.Contains("95% interval not available", html, StringComparison.Ordinal);
        Assert.Contains("Training radscores not available", html, StringComparison.Ordinal);
        Assert.Contains("No feature contributions", html, StringComparison.Ordinal);
        Assert.Contains("No outcome cohort was given", html, StringComparison.Ordinal);
        Assert.Single(Source().Matches(html));
    }

    [Fact]
    public void Same_data_gives_the_same_text() =>
        Assert.Equal(RiskPanelRenderer.RenderHtml(RiskPanelSamples.Panel()), RiskPanelRenderer.RenderHtml(RiskPanelSamples.Panel()));

    [GeneratedRegex("<img [^>]*src=\"([^\"]*)\"")]
    private static partial Regex Source();
}
