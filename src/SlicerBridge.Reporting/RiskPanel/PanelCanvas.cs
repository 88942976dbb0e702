using SkiaSharp;
using SlicerBridge.Reporting.Plots;

namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>
/// Draws the panel on one A4-proportioned canvas (1240 × 1754, 150 dpi): text with the embedded DejaVu
/// fonts, the plots copied into their sections. No clock or random input, so the same data gives the same bytes.
/// </summary>
internal sealed class PanelCanvas : IDisposable
{
    private static readonly SKColor Ink = SKColor.Parse("#222222");
    private static readonly SKColor Muted = SKColor.Parse("#555555");
    private static readonly SKColor RuleColor = SKColor.Parse("#C8C8C8");
    private static readonly SKColor BannerRed = SKColor.Parse("#B00020");
    private static readonly SKColor High = SKColor.Parse("#D55E00");
    private static readonly SKColor Low = SKColor.Parse("#0072B2");

    private const float LineSpacing = 1.3f;

    private readonly SKTypeface _regular;
    private readonly SKTypeface _bold;
    private readonly SKSurface _surface;

    private PanelCanvas()
    {
        var fonts = new EmbeddedFontResolver();
        _regular = fonts.CreateTypeface(PlotStyle.FontFamily, false, false)!;
        _bold = fonts.CreateTypeface(PlotStyle.FontFamily, true, false)!;
        _surface = SKSurface.Create(new SKImageInfo(PanelLayout.Width, PanelLayout.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        _surface.Canvas.Clear(SKColors.White);
    }

    private SKCanvas Canvas => _surface.Canvas;

    public static byte[] Render(RiskPanelData data)
    {
        var layout = PanelLayout.For(data.Model.Demonstration);
        var text = new PanelText(data);
        var figures = PanelFigures.Render(data, text, layout);
        using var panel = new PanelCanvas();
        panel.Draw(data, text, layout, figures);
        using var image = panel._surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    public void Dispose()
    {
        _surface.Dispose();
        _regular.Dispose();
        _bold.Dispose();
    }

    private void Draw(RiskPanelData data, PanelText text, PanelLayout layout, IReadOnlyDictionary<string, byte[]?> figures)
    {
        var header = layout[PanelLayout.Header];
        Line(text.Title, header.Left, header.Top + 30, 30, _bold, Ink);
        Wrapped(text.Subtitle, header.Left, header.Top + 60, header.Width, 18, _regular, Muted, maxLines: 1);
        Rule(header.Bottom);

        if (data.Model.Demonstration)
        {
            var banner = layout[PanelLayout.Banner];
            using var fill = new SKPaint { Color = BannerRed, IsAntialias = true };
            Canvas.DrawRoundRect(banner, 6, 6, fill);
            using var font = new SKFont(_bold, 22);
            using var paint = new SKPaint { Color = SKColors.White, IsAntialias = true };
            Canvas.DrawText(ModelCard.DemonstrationBanner, banner.MidX, banner.MidY + 8, SKTextAlign.Center, font, paint);
        }

        foreach (var section in layout.Sections.Where(s => s.Id is not (PanelLayout.Header or PanelLayout.Banner or PanelLayout.Footer)))
        {
            Wrapped(text.Heading(section.Id), section.Rect.Left, section.Rect.Top + 22, section.Rect.Width, 20, _bold, Ink, maxLines: 1);
            Wrapped(text.Caption(section.Id), section.Rect.Left, section.Rect.Top + 45, section.Rect.Width, 15, _regular, Muted, maxLines: 1);
            if (figures.TryGetValue(section.Id, out var png))
            {
                if (png is null)
                {
                    Wrapped(text.MissingFigure(section.Id), section.Body.Left + 10, section.Body.Top + 40, section.Body.Width - 20, 17, _regular, Muted, maxLines: 3);
                }
                else
                {
                    using var image = SKImage.FromEncodedData(png);
                    Canvas.DrawImage(image, section.Body.Left, section.Body.Top, SKSamplingOptions.Default);
                }
            }
        }

        Probability(data, text, layout[PanelLayout.Probability]);
        ModelCardRows(text, layout[PanelLayout.ModelCard]);
        var footer = layout[PanelLayout.Footer];
        Rule(footer.Top - 6);
        Wrapped(text.Footer, footer.Left, footer.Top + 14, footer.Width, 13, _regular, Muted, maxLines: 2);
    }

    private void Probability(RiskPanelData data, PanelText text, SKRect rect)
    {
        var color = data.Nomogram.IsHigh ? High : Low;
        var y = rect.Top + PanelSection.HeadingHeight + 62;
        Line(text.ProbabilityValue, rect.Left, y, 72, _bold, color);
        y += 36;
        y = Wrapped(text.Interval, rect.Left, y, rect.Width, 17, _regular, Ink, maxLines: 2) + 14;
        foreach (var line in text.RiskLines)
        {
            y = Wrapped(line, rect.Left, y, rect.Width, 17, _regular, Ink, maxLines: 2) + 6;
        }

        foreach (var warning in text.Warnings)
        {
            y = Wrapped(warning, rect.Left, y + 4, rect.Width, 15, _bold, BannerRed, maxLines: 2);
        }
    }

    private void ModelCardRows(PanelText text, SKRect rect)
    {
        var y = rect.Top + PanelSection.HeadingHeight - 8;
        const float size = 16;
        foreach (var (key, value) in text.ModelCardRows)
        {
            // Long values are cut with an ellipsis where the section ends, never drawn over the footer.
            var last = rect.Bottom - size / 3;
            if (y > last)
            {
                break;
            }

            var room = (int)Math.Floor((last - y) / (size * LineSpacing)) + 1;
            y = Wrapped(value, rect.Left, y, rect.Width, size, _regular, Ink, maxLines: Math.Min(4, room), lead: key + ": ") + 8;
        }
    }

    private void Rule(float y)
    {
        using var paint = new SKPaint { Color = RuleColor, StrokeWidth = 1.5f, IsAntialias = true };
        Canvas.DrawLine(PanelLayout.Margin, y, PanelLayout.Width - PanelLayout.Margin, y, paint);
    }

    private void Line(string text, float x, float baseline, float size, SKTypeface face, SKColor color)
    {
        using var font = new SKFont(face, size);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        Canvas.DrawText(text, x, baseline, SKTextAlign.Left, font, paint);
    }

    /// <summary>
    /// Word-wrapped text from a first baseline, after an optional bold <paramref name="lead"/> on the first line; a line
    /// past <paramref name="maxLines"/> ends in an ellipsis. Returns the baseline of the line after the last.
    /// </summary>
    private float Wrapped(string text, float x, float baseline, float width, float size, SKTypeface face, SKColor color, int maxLines, string lead = "")
    {
        using var font = new SKFont(face, size);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        var indent = 0f;
        if (lead.Length > 0)
        {
            using var boldFont = new SKFont(_bold, size);
            Canvas.DrawText(lead, x, baseline, SKTextAlign.Left, boldFont, paint);
            indent = boldFont.MeasureText(lead);
        }

        var lines = Wrap(text, width, font, indent);
        if (lines.Count > maxLines)
        {
            lines = lines.Take(maxLines).ToList();
            var last = lines[^1];
            while (last.Length > 0 && font.MeasureText(last + "…") > width - (lines.Count == 1 ? indent : 0))
            {
                last = last[..^1];
            }

            lines[^1] = last.TrimEnd() + "…";
        }

        var y = baseline;
        for (var k = 0; k < lines.Count; k++)
        {
            y = baseline + k * size * LineSpacing;
            Canvas.DrawText(lines[k], k == 0 ? x + indent : x, y, SKTextAlign.Left, font, paint);
        }

        return y + size * LineSpacing;
    }

    private static List<string> Wrap(string text, float width, SKFont font, float indent)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && font.MeasureText(candidate) > width - (lines.Count == 0 ? indent : 0))
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
