using SlicerBridge.Imaging;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Reporting.RiskPanel;

namespace SlicerBridge.Cli.Output;

/// <summary>Writes a risk panel as HTML or PNG, by the file's extension, atomically.</summary>
public static class RiskPanelFile
{
    public static void Write(string path, RiskPanelData data)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".html" or ".htm":
                AtomicFile.WriteText(path, w => w.Write(RiskPanelRenderer.RenderHtml(data)));
                break;
            case ".png":
                var png = RiskPanelRenderer.RenderPng(data);
                AtomicFile.Write(path, s => s.Write(png));
                break;
            default:
                throw new InvalidInputException($"risk panel file must end in .html or .png, not '{extension}'", "--panel");
        }
    }
}
