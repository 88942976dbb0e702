using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using SlicerBridge.Testing;

namespace SlicerBridge.Dicom.Tests.Support;

/// <summary>The DCMTK reference output committed next to the real slices.</summary>
internal static class DcmtkExport
{
    /// <summary>The signed 16-bit stored values dcmdump +W wrote (all three slices have PixelRepresentation 1).</summary>
    public static short[] StoredValues(string name)
    {
        using var input = new GZipStream(File.OpenRead(Fixtures.Path("dicom-real", name + ".dcm.0.raw.gz")), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return MemoryMarshal.Cast<byte, short>(output.ToArray()).ToArray();
    }

    /// <summary>RescaleSlope and RescaleIntercept as dcmdump listed them.</summary>
    public static (double Slope, double Intercept) Rescale(string name)
    {
        var (_, dataset) = DcmdumpListing.Parse(Fixtures.Path("dicom-real", name + ".dcmdump.txt"));
        double Value(ushort element) => double.Parse(
            dataset.Single(n => n.Tag == new DicomTag(0x0028, element)).Value.Trim('[', ']'), CultureInfo.InvariantCulture);
        return (Value(0x1053), Value(0x1052));
    }
}
