using ScottPlot;
using SkiaSharp;

namespace SlicerBridge.Reporting.Plots;

/// <summary>
/// Serves DejaVu Sans (regular and bold) from this assembly's resources. SkiaSharp's Linux
/// "NoDependencies" build has no fontconfig, so it finds no system fonts and would draw no text;
/// embedding the font also makes the PNGs identical across machines and operating systems.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private static readonly Lazy<SKData> Regular = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKData> Bold = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly object Gate = new();
    private static bool _registered;

    /// <summary>Puts this resolver first in ScottPlot's list, once per process.</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (!_registered)
            {
                Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
                _registered = true;
            }
        }
    }

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        fontName == PlotStyle.FontFamily ? SKTypeface.FromData((bold ? Bold : Regular).Value) : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        CreateTypeface(fontName, weight >= FontWeight.SemiBold, slant != FontSlant.Upright);

    private static SKData Load(string file)
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream("SlicerBridge.Reporting.Fonts." + file)
            ?? throw new InvalidOperationException($"embedded font {file} is missing from the assembly");
        return SKData.Create(stream);
    }
}
