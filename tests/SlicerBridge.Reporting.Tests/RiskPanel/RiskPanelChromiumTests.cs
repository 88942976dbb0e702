using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;
using SlicerBridge.Reporting.RiskPanel;
using SlicerBridge.Testing;

namespace SlicerBridge.Reporting.Tests.RiskPanel;

/// <summary>The HTML panel as a browser shows and prints it: every section in the DOM and on screen, one A4 page in print.</summary>
public sealed class RiskPanelChromiumTests
{
    /// <summary>CSS pixels per millimetre (96 dpi).</summary>
    private const double PixelsPerMm = 96 / 25.4;

    private const int WindowWidth = 900;
    private const int WindowHeight = 1240;

    /// <summary>On screen the page is centred with an 8 mm top margin (the stylesheet's screen rule).</summary>
    private const double PageTopMm = 8;

    [ChromiumFact]
    public void The_page_has_every_section_in_the_DOM()
    {
        using var dir = new TempDirectory();
        var file = Write(dir, demonstration: true);
        var dom = HeadlessChromium.Run(file, dir.File("profile"), "--dump-dom");
        foreach (var section in PanelLayout.For(true).Sections)
        {
            Assert.Contains($"id=\"{section.Id}\"", dom, StringComparison.Ordinal);
        }

        Assert.Equal(4, Regex.Matches(dom, "<img [^>]*src=\"data:image/png;base64,").Count);
        Assert.Contains("DEMONSTRATION MODEL — for demonstration, not for clinical use", dom, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void It_prints_on_one_A4_page()
    {
        using var dir = new TempDirectory();
        var file = Write(dir, demonstration: true);
        var pdf = dir.File("panel.pdf");
        HeadlessChromium.Run(file, dir.File("profile"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(pdf));
        Assert.Single(Regex.Matches(text, @"/Type\s*/Page(?![A-Za-z])"));
        // A4 in PostScript points: 595.28 x 841.89.
        var box = Regex.Match(text, @"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]");
        Assert.True(box.Success, "page size");
        Assert.InRange(double.Parse(box.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 594, 597);
        Assert.InRange(double.Parse(box.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), 841, 843);
    }

    [ChromiumFact]
    public void Every_section_is_drawn_on_screen()
    {
        using var dir = new TempDirectory();
        var file = Write(dir, demonstration: true);
        var shot = dir.File("shot.png");
        HeadlessChromium.Run(file, dir.File("profile"), $"--window-size={WindowWidth},{WindowHeight}", "--screenshot=" + shot);
        using var image = new PanelImage(File.ReadAllBytes(shot));
        Assert.Equal(WindowWidth, image.Width);
        var left = (WindowWidth - 210 * PixelsPerMm) / 2;
        var top = PageTopMm * PixelsPerMm;
        var scale = PanelLayout.MillimetresPerPixel * PixelsPerMm;
        foreach (var section in PanelLayout.For(true).Sections)
        {
            var r = section.Rect;
            var onScreen = new SKRect((float)(left + r.Left * scale), (float)(top + r.Top * scale), (float)(left + r.Right * scale), (float)(top + r.Bottom * scale));
            // The canvas thresholds of RiskPanelPngTests, scaled by the smaller area on screen (0.64² of the canvas).
            var minimum = section.Id is PanelLayout.Header or PanelLayout.Footer ? 800 : 3_000;
            Assert.True(image.Ink(onScreen) > minimum, $"section {section.Id} is drawn ({image.Ink(onScreen)} pixels)");
        }

        var banner = PanelLayout.For(true)[PanelLayout.Banner];
        var bannerOnScreen = new SKRect((float)(left + banner.Left * scale), (float)(top + banner.Top * scale), (float)(left + banner.Right * scale), (float)(top + banner.Bottom * scale));
        Assert.True(image.Near(bannerOnScreen, "#B00020", tolerance: 10) > 0.6 * bannerOnScreen.Width * bannerOnScreen.Height, "red banner");
    }

    private static string Write(TempDirectory dir, bool demonstration)
    {
        var file = dir.File("panel.html");
        File.WriteAllText(file, RiskPanelRenderer.RenderHtml(RiskPanelSamples.Panel(demonstration)), new UTF8Encoding(false));
        return file;
    }
}
