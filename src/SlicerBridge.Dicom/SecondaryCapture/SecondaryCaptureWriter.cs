using System.Globalization;
using SlicerBridge.Dicom.StructuredReport;
using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.SecondaryCapture;

/// <summary>
/// Writes an 8-bit RGB Secondary Capture image (e.g. the risk panel) in the source study, as a new
/// series: PhotometricInterpretation RGB, colour-by-pixel (PlanarConfiguration 0), ConversionType WSD.
/// </summary>
public static class SecondaryCaptureWriter
{
    public const string SecondaryCaptureImageStorage = "1.2.840.10008.5.1.4.1.1.7";

    /// <param name="source">Any instance (or series header) of the source study: patient and study are copied from it.</param>
    public static DicomDataset Create(DicomDataset source, RgbImage image, SecondaryCaptureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(image);
        options ??= SecondaryCaptureOptions.Default;
        var when = options.ContentDateTime ?? DateTime.UtcNow;
        var date = when.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var time = when.ToString("HHmmss", CultureInfo.InvariantCulture);
        return SourceStudy.Start(source, "secondary capture source")
            .AddString(DicomTag.SOPClassUID, DicomVR.UI, SecondaryCaptureImageStorage)
            .AddString(DicomTag.SOPInstanceUID, DicomVR.UI, options.Uids.Create("sc-instance"))
            .AddString(SrTags.TimezoneOffsetFromUtc, DicomVR.SH, "+0000")
            .AddString(DicomTag.Modality, DicomVR.CS, "OT")
            .AddString(DicomTag.SeriesInstanceUID, DicomVR.UI, options.Uids.Create("sc-series"))
            .AddIntegerString(DicomTag.SeriesNumber, options.SeriesNumber)
            .AddString(SrTags.Laterality, DicomVR.CS, "")
            .AddString(DicomTag.SeriesDescription, DicomVR.LO, options.SeriesDescription)
            .AddString(DicomTag.SeriesDate, DicomVR.DA, date)
            .AddString(DicomTag.SeriesTime, DicomVR.TM, time)
            .AddString(DicomTag.Manufacturer, DicomVR.LO, options.Manufacturer)
            .AddString(DicomTag.SoftwareVersions, DicomVR.LO, options.SoftwareVersions)
            .AddString(SrTags.ConversionType, DicomVR.CS, "WSD")
            .AddIntegerString(DicomTag.InstanceNumber, 1)
            .AddString(DicomTag.ContentDate, DicomVR.DA, date)
            .AddString(DicomTag.ContentTime, DicomVR.TM, time)
            .AddString(DicomTag.ImageType, DicomVR.CS, "DERIVED", "SECONDARY")
            .AddString(SrTags.PatientOrientation, DicomVR.CS, "")
            .AddString(SrTags.BurnedInAnnotation, DicomVR.CS, options.BurnedInAnnotation ? "YES" : "NO")
            .AddString(DicomTag.LossyImageCompression, DicomVR.CS, "00")
            .AddUInt16(DicomTag.SamplesPerPixel, 3)
            .AddString(DicomTag.PhotometricInterpretation, DicomVR.CS, "RGB")
            .AddUInt16(SrTags.PlanarConfiguration, 0)
            .AddUInt16(DicomTag.Rows, (ushort)image.Height)
            .AddUInt16(DicomTag.Columns, (ushort)image.Width)
            .AddUInt16(DicomTag.BitsAllocated, 8)
            .AddUInt16(DicomTag.BitsStored, 8)
            .AddUInt16(DicomTag.HighBit, 7)
            .AddUInt16(DicomTag.PixelRepresentation, 0)
            .AddBytes(DicomTag.PixelData, DicomVR.OB, image.Pixels);
    }

    /// <summary>The RGB pixels of an 8-bit, colour-by-pixel RGB image (what <see cref="Create"/> writes).</summary>
    public static RgbImage ReadImage(DicomDataset dataset, string? where = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        where ??= "secondary capture";
        if (dataset.GetRequiredInt32(DicomTag.SamplesPerPixel, where) != 3 ||
            dataset.GetRequiredString(DicomTag.PhotometricInterpretation, where) != "RGB" ||
            dataset.GetRequiredInt32(DicomTag.BitsAllocated, where) != 8 ||
            dataset.GetDoubleOrDefault(SrTags.PlanarConfiguration, 0, where) != 0)
        {
            throw new InvalidInputException("only 8-bit colour-by-pixel RGB images are read", where);
        }

        var width = dataset.GetRequiredInt32(DicomTag.Columns, where);
        var height = dataset.GetRequiredInt32(DicomTag.Rows, where);
        var pixels = dataset.GetElement(DicomTag.PixelData)?.Value
            ?? throw new InvalidInputException("missing attribute PixelData (7FE0,0010)", where);
        var length = 3L * width * height;
        if (pixels.Length < length)
        {
            throw new InvalidInputException($"PixelData holds {pixels.Length} bytes; {width}x{height} RGB needs {length}", where);
        }

        return new RgbImage(width, height, pixels[..(int)length].ToArray());
    }
}
