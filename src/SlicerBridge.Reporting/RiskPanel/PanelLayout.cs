using SkiaSharp;

namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>
/// Where each section sits on one A4 page, in pixels of a 1240 × 1754 canvas (A4 at 150 dpi). The PNG
/// draws into these rectangles and the HTML places its sections at the same places in millimetres, so
/// both print as one page and look alike. A demonstration banner pushes the sections down.
/// </summary>
internal sealed class PanelLayout
{
    public const int Width = 1240;
    public const int Height = 1754;
    public const float Margin = 30;
    public const float Gap = 15;

    /// <summary>Millimetres per canvas pixel: A4 is 210 mm wide.</summary>
    public const double MillimetresPerPixel = 210.0 / Width;

    public const string Header = "panel-header";
    public const string Banner = "demo-banner";
    public const string Probability = "probability";
    public const string Position = "training-position";
    public const string Nomogram = "nomogram";
    public const string Drivers = "drivers";
    public const string Survival = "survival";
    public const string ModelCard = "model-card";
    public const string Footer = "panel-footer";

    private PanelLayout(IReadOnlyList<PanelSection> sections) => Sections = sections;

    public IReadOnlyList<PanelSection> Sections { get; }

    public SKRect this[string id] => Sections.First(s => s.Id == id).Rect;

    public static PanelLayout For(bool demonstration)
    {
        const float right = Width - Margin;
        var sections = new List<PanelSection> { new(Header, new SKRect(Margin, 22, right, 92)) };
        var top = 104f;
        if (demonstration)
        {
            sections.Add(new PanelSection(Banner, new SKRect(Margin, top, right, top + 46)));
            top += 46 + Gap;
        }

        const float split = 470;
        sections.Add(new PanelSection(Probability, new SKRect(Margin, top, split - Gap, top + 350)));
        sections.Add(new PanelSection(Position, new SKRect(split, top, right, top + 350)));
        top += 350 + Gap;
        sections.Add(new PanelSection(Nomogram, new SKRect(Margin, top, right, top + 380)));
        top += 380 + Gap;
        sections.Add(new PanelSection(Drivers, new SKRect(Margin, top, right, top + 290)));
        top += 290 + Gap;
        const float survivalWidth = 690;
        sections.Add(new PanelSection(Survival, new SKRect(Margin, top, Margin + survivalWidth, top + 460)));
        sections.Add(new PanelSection(ModelCard, new SKRect(Margin + survivalWidth + Gap, top, right, top + 460)));
        sections.Add(new PanelSection(Footer, new SKRect(Margin, Height - 46, right, Height - 16)));
        return new PanelLayout(sections);
    }
}
