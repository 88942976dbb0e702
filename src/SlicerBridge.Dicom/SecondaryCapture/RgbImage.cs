using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.SecondaryCapture;

/// <summary>An 8-bit RGB image, pixels interleaved (R, G, B) row by row from the top left.</summary>
public sealed class RgbImage
{
    public RgbImage(int width, int height, byte[] pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (width is < 1 or > ushort.MaxValue || height is < 1 or > ushort.MaxValue)
        {
            throw new InvalidInputException($"an RGB image must be 1..65535 pixels wide and high, not {width}x{height}", "RGB image");
        }

        if (pixels.LongLength != 3L * width * height)
        {
            throw new InvalidInputException($"{width}x{height} RGB needs {3L * width * height} bytes, found {pixels.LongLength}", "RGB image");
        }

        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public byte[] Pixels { get; }
}
