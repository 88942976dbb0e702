using SkiaSharp;

namespace SlicerBridge.Reporting.Tests.Plots;

/// <summary>A decoded PNG for pixel checks: signature, size, and counts of pixels by colour in a region.</summary>
internal sealed class Png
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly SKBitmap _bitmap;

    public Png(byte[] bytes)
    {
        Assert.True(bytes.Length > Signature.Length && bytes.AsSpan(0, Signature.Length).SequenceEqual(Signature), "PNG signature");
        _bitmap = SKBitmap.Decode(bytes) ?? throw new InvalidDataException("not a decodable PNG");
    }

    public int Width => _bitmap.Width;

    public int Height => _bitmap.Height;

    /// <summary>Pixels in the rows [top, bottom) that are not (near) white.</summary>
    public int Ink(int top = 0, int bottom = int.MaxValue) => Count(top, bottom, c => c.Red < 230 || c.Green < 230 || c.Blue < 230);

    /// <summary>Pixels within <paramref name="tolerance"/> per channel of a colour given as #RRGGBB.</summary>
    public int Near(string hex, int top = 0, int bottom = int.MaxValue, int tolerance = 40)
    {
        var target = SKColor.Parse(hex);
        return Count(top, bottom, c =>
            Math.Abs(c.Red - target.Red) <= tolerance && Math.Abs(c.Green - target.Green) <= tolerance && Math.Abs(c.Blue - target.Blue) <= tolerance);
    }

    /// <summary>The pixels of rows [top, bottom) as one array, to compare regions of two renders.</summary>
    public SKColor[] Rows(int top, int bottom)
    {
        var list = new List<SKColor>();
        for (var y = top; y < Math.Min(bottom, Height); y++)
        {
            for (var x = 0; x < Width; x++)
            {
                list.Add(_bitmap.GetPixel(x, y));
            }
        }

        return [.. list];
    }

    private int Count(int top, int bottom, Func<SKColor, bool> match)
    {
        var n = 0;
        for (var y = Math.Max(0, top); y < Math.Min(bottom, Height); y++)
        {
            for (var x = 0; x < Width; x++)
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
