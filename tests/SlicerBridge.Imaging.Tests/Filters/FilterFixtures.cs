using System.Text.Json;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Testing;

namespace SlicerBridge.Imaging.Tests.Filters;

/// <summary>The ITK and PyWavelets reference outputs under tests/fixtures/filters (see tests/reference-generators).</summary>
internal static class FilterFixtures
{
    private static readonly Lazy<JsonElement> ItkManifest = new(() => Load("itk-manifest.json"));
    private static readonly Lazy<JsonElement> PywtManifest = new(() => Load("pywt-manifest.json"));

    public static JsonElement Itk => ItkManifest.Value;

    public static JsonElement Pywt => PywtManifest.Value;

    public static ImageVolume Read(string relativePath) => NrrdReader.Read(Fixtures.Path(relativePath.Split('/')));

    public static RoiMask ReadMask(string relativePath) => RoiMask.FromLabel(Read(relativePath), 1);

    public static double[] Doubles(this JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    private static JsonElement Load(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("filters", name)));
        return document.RootElement.Clone();
    }
}
