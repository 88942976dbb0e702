using SkiaSharp;

namespace SlicerBridge.Reporting.Tests.RiskPanel;

/// <summary>A decoded screenshot or panel PNG, with pixel counts inside rectangles (to check each section is drawn).</summary>
internal sealed class PanelImage : IDisposable
{
    private readonly SKBitmap _bitmap;

    public PanelImage(byte[] png) => _bitmap = SKBitmap.Decode(png) ?? throw new InvalidDataException("not a decodable PNG");

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    /// <summary>Pixels in the rectangle that are not (near) white.</summary>
    public int Ink(SKRect rect) => Count(rect, c => c.Red < 230 || c.Green < 230 || c.Blue < 230);

    /// <summary>Pixels in the rectangle within <paramref name="tolerance"/> per channel of #RRGGBB.</summary>
    public int Near(SKRect rect, string hex, int tolerance = 30)
    {
        var target = SKColor.Parse(hex);
        return Count(rect, c => Math.Abs(c.Red - target.Red) <= tolerance && Math.Abs(c.Green - target.Green) <= tolerance && Math.Abs(c.Blue - target.Blue) <= tolerance);
    }

    public void Dispose() => _bitmap.Dispose();

    private int Count(SKRect rect, Func<SKColor, bool> match)
    {
        var n = 0;
        for (var y = Math.Max(0, (int)rect.Top); y < Math.Min(Height, (int)rect.Bottom); y++)
        {
            for (var x = Math.Max(0, (int)rect.Left); x < Math.Min(Width, (int)rect.Right); x++)
            {
                if (match(_bitmap.GetPixel(x, y)))
                {
                    n++;
                }
            }
        }

        return n;
    }
}
