using System.Globalization;
using System.Text;
using SkiaSharp;
using SlicerBridge.Dicom.SecondaryCapture;
using static SlicerBridge.Reporting.Outcomes.ReportFormat;

namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>
/// Renders a <see cref="RiskPanelData"/> as one A4 page: a self-contained HTML page (plots as PNG data
/// URIs, no scripts, fonts or links outside it; sections at fixed places so it prints as one page) or a
/// PNG of the same layout at 150 dpi. The same data gives the same bytes.
/// </summary>
public static class RiskPanelRenderer
{
    public static byte[] RenderPng(RiskPanelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.Check();
        return PanelCanvas.Render(data);
    }

    public static string RenderHtml(RiskPanelData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.Check();
        var layout = PanelLayout.For(data.Model.Demonstration);
        var text = new PanelText(data);
        var figures = PanelFigures.Render(data, text, layout);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(Html(text.Title)).Append(" — ")
            .Append(Html(data.DisplayLabel)).Append("</title>\n<style>\n").Append(Style()).Append("</style>\n</head>\n<body>\n<main class=\"page\">\n");

        Open(html, layout.Sections.First(s => s.Id == PanelLayout.Header));
        html.Append("<h1>").Append(Html(text.Title)).Append("</h1>\n<p class=\"subtitle\">").Append(Html(text.Subtitle)).Append("</p>\n</section>\n");
        if (data.Model.Demonstration)
        {
            Open(html, layout.Sections.First(s => s.Id == PanelLayout.Banner), "div");
            html.Append(Html(ModelCard.DemonstrationBanner)).Append("</div>\n");
        }

        foreach (var section in layout.Sections.Where(s => s.Id is not (PanelLayout.Header or PanelLayout.Banner or PanelLayout.Footer)))
        {
            Open(html, section);
            html.Append("<h2>").Append(Html(text.Heading(section.Id))).Append("</h2>\n<p class=\"caption\">").Append(Html(text.Caption(section.Id))).Append("</p>\n");
            if (section.Id == PanelLayout.Probability)
            {
                Probability(html, data, text);
            }
            else if (section.Id == PanelLayout.ModelCard)
            {
                foreach (var (key, value) in text.ModelCardRows)
                {
                    html.Append("<p class=\"card\"><b>").Append(Html(key)).Append(":</b> ").Append(Html(value)).Append("</p>\n");
                }

            }
            else if (figures[section.Id] is { } png)
            {
                html.Append("<img alt=\"").Append(Html(text.Heading(section.Id))).Append("\" style=\"width:").Append(Mm(section.Body.Width))
                    .Append(";height:").Append(Mm(section.Body.Height)).Append("\" src=\"data:image/png;base64,").Append(Convert.ToBase64String(png)).Append("\">\n");
            }
            else
            {
                html.Append("<p class=\"missing\">").Append(Html(text.MissingFigure(section.Id))).Append("</p>\n");
            }

            html.Append("</section>\n");
        }

        Open(html, layout.Sections.First(s => s.Id == PanelLayout.Footer), "footer");
        html.Append(Html(text.Footer)).Append("</footer>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Probability(StringBuilder html, RiskPanelData data, PanelText text)
    {
        html.Append("<p class=\"big ").Append(data.Nomogram.IsHigh ? "high" : "low").Append("\">").Append(Html(text.ProbabilityValue)).Append("</p>\n");
        html.Append("<p class=\"interval\">").Append(Html(text.Interval)).Append("</p>\n");
        foreach (var line in text.RiskLines)
        {
            html.Append("<p class=\"risk\">").Append(Html(line)).Append("</p>\n");
        }

        foreach (var warning in text.Warnings)
        {
            html.Append("<p class=\"warning\">").Append(Html(warning)).Append("</p>\n");
        }
    }

    /// <summary>Opens a section's element, placed where the PNG draws it.</summary>
    private static void Open(StringBuilder html, PanelSection section, string element = "section")
    {
        var r = section.Rect;
        html.Append('<').Append(element).Append(" id=\"").Append(section.Id).Append("\" style=\"left:").Append(Mm(r.Left)).Append(";top:").Append(Mm(r.Top))
            .Append(";width:").Append(Mm(r.Width)).Append(";height:").Append(Mm(r.Height)).Append("\">\n");
    }

    /// <summary>Canvas pixels as millimetres on the A4 page.</summary>
    private static string Mm(float pixels) => (pixels * PanelLayout.MillimetresPerPixel).ToString("0.##", CultureInfo.InvariantCulture) + "mm";

    /// <summary>Font sizes and offsets follow the canvas, so the page reads the same printed or as a PNG.</summary>
    private static string Style() => $$"""
        @page { size: A4; margin: 0; }
        html, body { margin: 0; padding: 0; background: #fff; }
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #222; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        .page { position: relative; width: 210mm; height: 296mm; overflow: hidden; page-break-after: avoid; break-inside: avoid; }
        .page > * { position: absolute; box-sizing: border-box; margin: 0; }
        h1 { font-size: {{Mm(30)}}; margin: {{Mm(2)}} 0 0 0; }
        h2 { font-size: {{Mm(20)}}; margin: 0; line-height: 1.2; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        p { margin: 0; }
        .subtitle { color: #555; font-size: {{Mm(18)}}; margin-top: {{Mm(4)}}; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        #{{PanelLayout.Header}} { border-bottom: 1px solid #c8c8c8; }
        #{{PanelLayout.Banner}} { background: #B00020; color: #fff; font-weight: bold; font-size: {{Mm(22)}}; text-align: center; line-height: {{Mm(46)}}; border-radius: {{Mm(6)}}; }
        .caption { color: #555; font-size: {{Mm(15)}}; height: {{Mm(26)}}; line-height: {{Mm(26)}}; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        img { display: block; }
        .big { font-size: {{Mm(72)}}; font-weight: bold; line-height: 1.1; }
        .big.high { color: #D55E00; } .big.low { color: #0072B2; }
        .interval, .risk { font-size: {{Mm(17)}}; margin-top: {{Mm(10)}}; }
        .warning { font-size: {{Mm(15)}}; font-weight: bold; color: #B00020; margin-top: {{Mm(8)}}; }
        .missing { color: #555; font-size: {{Mm(17)}}; margin: {{Mm(30)}} {{Mm(10)}}; }
        #{{PanelLayout.Probability}}, #{{PanelLayout.ModelCard}} { overflow: hidden; }
        .card { font-size: {{Mm(16)}}; line-height: 1.3; margin-bottom: {{Mm(8)}}; }
        #{{PanelLayout.Footer}} { color: #555; font-size: {{Mm(13)}}; border-top: 1px solid #c8c8c8; padding-top: {{Mm(4)}}; }
        @media screen { body { background: #eee; } .page { margin: 8mm auto; background: #fff; box-shadow: 0 0 4px #999; } }

        """;

    /// <summary>The risk panel PNG as the RGB pixels a Secondary Capture holds (the panel is opaque; alpha is dropped).</summary>
    public static RgbImage RenderRgb(RiskPanelData data)
    {
        using var codec = SKCodec.Create(new SKMemoryStream(RenderPng(data)))
            ?? throw new InvalidOperationException("the risk panel renderer returned an undecodable PNG");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        using var bitmap = SKBitmap.Decode(codec, info);
        var rgba = bitmap.GetPixelSpan();
        var rgb = new byte[3 * info.Width * info.Height];
        for (var y = 0; y < info.Height; y++)
        {
            var row = rgba.Slice(y * bitmap.RowBytes, 4 * info.Width);
            var target = rgb.AsSpan(3 * y * info.Width, 3 * info.Width);
            for (var x = 0; x < info.Width; x++)
            {
                row.Slice(4 * x, 3).CopyTo(target.Slice(3 * x, 3));
            }
        }

        return new RgbImage(info.Width, info.Height, rgb);
    }
}
