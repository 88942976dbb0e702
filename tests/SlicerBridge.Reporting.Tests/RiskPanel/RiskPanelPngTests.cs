using SkiaSharp;
using SlicerBridge.Reporting.Plots;
using SlicerBridge.Reporting.RiskPanel;

namespace SlicerBridge.Reporting.Tests.RiskPanel;

public sealed class RiskPanelPngTests
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Is_a_png_with_the_proportions_of_A4()
    {
        var png = RiskPanelRenderer.RenderPng(RiskPanelSamples.Panel());
        Assert.Equal(Signature, png.AsSpan(0, 8).ToArray());
        using var image = new PanelImage(png);
        Assert.Equal(1240, image.Width);
        Assert.Equal(1754, image.Height);
        // A4 is 210 x 297 mm; 1754 / 1240 is within 0.05% of it (one pixel of rounding).
        Assert.InRange(image.Height / (double)image.Width, 297.0 / 210 * 0.9995, 297.0 / 210 * 1.0005);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_section_is_drawn(bool demonstration)
    {
        using var image = new PanelImage(RiskPanelRenderer.RenderPng(RiskPanelSamples.Panel(demonstration)));
        foreach (var section in PanelLayout.For(demonstration).Sections)
        {
            // Text-only sections (header, footer) hold thousands of ink pixels; figures tens of thousands.
            var minimum = section.Id is PanelLayout.Header or PanelLayout.Footer ? 2_000 : 8_000;
            Assert.True(image.Ink(section.Rect) > minimum, $"section {section.Id} has ink ({image.Ink(section.Rect)} pixels)");
        }

        // Each figure is drawn over its whole body, not squeezed into a corner: both halves hold ink.
        foreach (var id in new[] { PanelLayout.Position, PanelLayout.Nomogram, PanelLayout.Drivers, PanelLayout.Survival })
        {
            var body = PanelLayout.For(demonstration).Sections.First(s => s.Id == id).Body;
            var top = new SKRect(body.Left, body.Top, body.Right, body.MidY);
            var bottom = new SKRect(body.Left, body.MidY, body.Right, body.Bottom);
            Assert.True(image.Ink(top) > 3_000 && image.Ink(bottom) > 3_000, $"figure {id} is drawn in both halves");
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_demonstration_banner_is_there_exactly_when_the_package_says_so(bool demonstration)
    {
        using var image = new PanelImage(RiskPanelRenderer.RenderPng(RiskPanelSamples.Panel(demonstration)));
        var page = new SKRect(0, 0, image.Width, image.Height);
        var red = image.Near(page, "#B00020", tolerance: 10);
        if (demonstration)
        {
            var banner = PanelLayout.For(true)[PanelLayout.Banner];
            // Most of the banner is red; the rest is its white lettering and rounded corners.
            Assert.True(image.Near(banner, "#B00020", tolerance: 10) > 0.7 * banner.Width * banner.Height, "banner filled");
        }
        else
        {
            Assert.Equal(0, red);
        }
    }

    [Fact]
    public void The_patient_is_marked_on_the_nomogram_and_among_training_patients()
    {
        using var image = new PanelImage(RiskPanelRenderer.RenderPng(RiskPanelSamples.Panel()));
        var layout = PanelLayout.For(true);
        // Orange (Okabe-Ito #E69F00) appears only in the patient's marks.
        Assert.True(image.Near(layout[PanelLayout.Nomogram], "#E69F00") > 300, "nomogram marks");
        Assert.True(image.Near(layout[PanelLayout.Position], "#E69F00") > 300, "patient line among training radscores");
        Assert.Equal(0, image.Near(layout[PanelLayout.Drivers], "#E69F00"));
    }

    [Fact]
    public void Missing_parts_are_stated_not_drawn()
    {
        var data = RiskPanelSamples.Panel(withOutcomes: false) with { TrainingRadscores = null, Drivers = [] };
        using var image = new PanelImage(RiskPanelRenderer.RenderPng(data));
        var layout = PanelLayout.For(true);
        foreach (var id in new[] { PanelLayout.Position, PanelLayout.Drivers, PanelLayout.Survival })
        {
            var section = layout.Sections.First(s => s.Id == id);
            var ink = image.Ink(section.Body);
            Assert.True(ink is > 500 and < 8_000, $"{id}: a sentence, not a figure ({ink} pixels)");
        }
    }

    [Fact]
    public void Same_data_gives_the_same_bytes() =>
        Assert.Equal(RiskPanelRenderer.RenderPng(RiskPanelSamples.Panel()), RiskPanelRenderer.RenderPng(RiskPanelSamples.Panel()));

    [Fact]
    public void Long_text_is_wrapped_inside_its_section()
    {
        var long_ = string.Join(' ', Enumerable.Repeat("Retrospective research use only, within the site's ethics approval.", 12));
        var data = RiskPanelSamples.Panel() with { Model = RiskPanelSamples.Panel().Model with { IntendedUse = long_ } };
        using var image = new PanelImage(RiskPanelRenderer.RenderPng(data));
        var card = PanelLayout.For(true)[PanelLayout.ModelCard];
        var footer = PanelLayout.For(true)[PanelLayout.Footer];
        Assert.Equal(0, image.Ink(new SKRect(card.Right + 1, card.Top, image.Width, card.Bottom)));
        Assert.Equal(0, image.Ink(new SKRect(card.Left, card.Bottom + 4, card.Right, footer.Top - 8)));
    }
}
