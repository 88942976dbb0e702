using SkiaSharp;

namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>One region of the panel: its element id in the HTML and its rectangle on the A4 canvas (pixels at 150 dpi).</summary>
internal sealed record PanelSection(string Id, SKRect Rect)
{
    /// <summary>Height of a section's heading and caption lines; a figure fills the rest of the section.</summary>
    public const float HeadingHeight = 58;

    public SKRect Body => new(Rect.Left, Rect.Top + HeadingHeight, Rect.Right, Rect.Bottom);
}
