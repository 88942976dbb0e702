using System.Globalization;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Dicom.Series;

/// <summary>The attributes of one single-frame slice that assembly needs, read and checked once.</summary>
internal sealed class CtSlice
{
    private CtSlice(DicomDataset dataset, string label)
    {
        Dataset = dataset;
        Label = label;
    }

    public DicomDataset Dataset { get; }

    /// <summary>"slice 3 (InstanceNumber 17)": identifies the slice in messages without patient data.</summary>
    public string Label { get; }

    public int Rows { get; private init; }

    public int Columns { get; private init; }

    public ImagePlane Plane { get; private init; }

    public PixelFormat Format { get; private init; }

    public double Slope { get; private init; }

    public double Intercept { get; private init; }

    public string FrameOfReferenceUid { get; private init; } = "";

    public string SopInstanceUid { get; private init; } = "";

    /// <summary>Position projected on the stack normal, set by the assembler.</summary>
    public double Distance { get; set; }

    public static CtSlice Read(DicomDataset dataset, int index, double orientationTolerance, string? where)
    {
        var instance = dataset.GetString(DicomTag.InstanceNumber)?.Trim();
        var label = string.IsNullOrEmpty(instance)
            ? string.Create(CultureInfo.InvariantCulture, $"slice {index}")
            : string.Create(CultureInfo.InvariantCulture, $"slice {index} (InstanceNumber {instance})");
        var at = where is null ? label : $"{where}: {label}";

        var frames = dataset.GetDoubleOrDefault(DicomTag.NumberOfFrames, 1, at);
        if (frames != 1)
        {
            throw new InvalidInputException("multi-frame images are not supported as CT slices (NumberOfFrames is not 1)", at);
        }

        var spacing = dataset.GetRequiredDoubles(DicomTag.PixelSpacing, 2, at);
        if (!(spacing[0] > 0 && spacing[1] > 0))
        {
            throw new InvalidInputException("PixelSpacing (0028,0030) must be positive", at);
        }

        var (row, column) = ImagePlane.ParseOrientation(
            dataset.GetRequiredDoubles(DicomTag.ImageOrientationPatient, 6, at), orientationTolerance, at);
        var ipp = dataset.GetRequiredDoubles(DicomTag.ImagePositionPatient, 3, at);
        var slope = dataset.GetRequiredDouble(DicomTag.RescaleSlope, at);
        if (slope == 0)
        {
            throw new InvalidInputException("RescaleSlope (0028,1053) is zero", at);
        }

        return new CtSlice(dataset, label)
        {
            Rows = CheckedSize(dataset, DicomTag.Rows, at),
            Columns = CheckedSize(dataset, DicomTag.Columns, at),
            Plane = new ImagePlane(row, column, new Vec3(ipp[0], ipp[1], ipp[2]), spacing[0], spacing[1]),
            Format = PixelFormat.Read(dataset, at),
            Slope = slope,
            Intercept = dataset.GetRequiredDouble(DicomTag.RescaleIntercept, at),
            FrameOfReferenceUid = dataset.GetRequiredString(DicomTag.FrameOfReferenceUID, at),
            SopInstanceUid = dataset.GetRequiredString(DicomTag.SOPInstanceUID, at),
        };
    }

    /// <summary>The stored pixel bytes of this slice, checked to hold Rows x Columns values.</summary>
    public ReadOnlySpan<byte> PixelBytes(string? where)
    {
        var element = Dataset.GetElement(DicomTag.PixelData)
            ?? throw new InvalidInputException("missing attribute PixelData (7FE0,0010)", At(where));
        var needed = (long)Rows * Columns * Format.BytesPerPixel;
        if (element.Value.Length < needed)
        {
            throw new InvalidInputException(
                $"PixelData holds {element.Value.Length} bytes, fewer than the {needed} that Rows x Columns x BitsAllocated need", At(where));
        }

        return element.Value.Span[..(int)needed];
    }

    public string At(string? where) => where is null ? Label : $"{where}: {Label}";

    private static int CheckedSize(DicomDataset dataset, DicomTag tag, string at)
    {
        var value = dataset.GetRequiredInt32(tag, at);
        return value > 0 ? value : throw new InvalidInputException($"{DicomDictionary.Describe(tag)} must be positive", at);
    }
}
