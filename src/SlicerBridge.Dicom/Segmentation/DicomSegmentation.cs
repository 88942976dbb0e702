using System.Globalization;
using SlicerBridge.Dicom.Series;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Dicom.Segmentation;

/// <summary>
/// A DICOM Segmentation instance (BINARY or FRACTIONAL), read from its multi-frame functional groups.
/// <see cref="ToMask(int, CtSeries, SegmentationOptions?)"/> places the frames of one segment on a CT grid.
/// </summary>
public sealed class DicomSegmentation
{
    private readonly ReadOnlyMemory<byte> _pixelData;

    private DicomSegmentation(
        SegmentationType type, int rows, int columns, int maximumFractionalValue,
        string? frameOfReferenceUid, string? referencedSeriesUid, IReadOnlyList<SegmentDescription> segments,
        IReadOnlyList<SegmentationFrame> frames, ReadOnlyMemory<byte> pixelData)
    {
        Type = type;
        Rows = rows;
        Columns = columns;
        MaximumFractionalValue = maximumFractionalValue;
        FrameOfReferenceUid = frameOfReferenceUid;
        ReferencedSeriesInstanceUid = referencedSeriesUid;
        Segments = segments;
        Frames = frames;
        _pixelData = pixelData;
    }

    public SegmentationType Type { get; }

    public int Rows { get; }

    public int Columns { get; }

    /// <summary>MaximumFractionalValue (0062,000E) for FRACTIONAL, 1 for BINARY.</summary>
    public int MaximumFractionalValue { get; }

    public string? FrameOfReferenceUid { get; }

    /// <summary>The first SeriesInstanceUID of ReferencedSeriesSequence (the source CT), when present.</summary>
    public string? ReferencedSeriesInstanceUid { get; }

    public IReadOnlyList<SegmentDescription> Segments { get; }

    public IReadOnlyList<SegmentationFrame> Frames { get; }

    public static DicomSegmentation Read(DicomDataset dataset, string? where = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var sopClass = dataset.GetString(DicomTag.SOPClassUID)?.Trim();
        if (sopClass != DicomUid.SegmentationStorage)
        {
            throw new InvalidInputException($"not a Segmentation object (SOPClassUID '{sopClass}')", where);
        }

        var typeText = dataset.GetRequiredString(DicomTag.SegmentationType, where);
        var type = typeText switch
        {
            "BINARY" => SegmentationType.Binary,
            "FRACTIONAL" => SegmentationType.Fractional,
            _ => throw new InvalidInputException($"SegmentationType '{typeText}' is not BINARY or FRACTIONAL", where),
        };
        var rows = dataset.GetRequiredInt32(DicomTag.Rows, where);
        var columns = dataset.GetRequiredInt32(DicomTag.Columns, where);
        var frameCount = dataset.GetRequiredInt32(DicomTag.NumberOfFrames, where);
        var bits = dataset.GetRequiredInt32(DicomTag.BitsAllocated, where);
        if (rows <= 0 || columns <= 0 || frameCount <= 0)
        {
            throw new InvalidInputException("Rows, Columns and NumberOfFrames must be positive", where);
        }

        if (bits != (type == SegmentationType.Binary ? 1 : 8))
        {
            throw new InvalidInputException($"a {typeText} segmentation must have BitsAllocated {(type == SegmentationType.Binary ? 1 : 8)}, not {bits}", where);
        }

        var maximum = type == SegmentationType.Binary ? 1 : dataset.GetRequiredInt32(DicomTag.MaximumFractionalValue, where);
        if (maximum is < 1 or > 255)
        {
            throw new InvalidInputException($"MaximumFractionalValue {maximum} is outside 1..255", where);
        }

        var pixels = dataset.GetElement(DicomTag.PixelData)?.Value
            ?? throw new InvalidInputException("missing attribute PixelData (7FE0,0010)", where);
        var pixelCount = (long)rows * columns * frameCount;
        var needed = type == SegmentationType.Binary ? (pixelCount + 7) / 8 : pixelCount;
        if (pixels.Length < needed)
        {
            throw new InvalidInputException($"PixelData holds {pixels.Length} bytes; {frameCount} frames of {columns}x{rows} need {needed}", where);
        }

        return new DicomSegmentation(
            type, rows, columns, maximum,
            dataset.GetString(DicomTag.FrameOfReferenceUID)?.Trim(),
            dataset.GetFirstItem(DicomTag.ReferencedSeriesSequence)?.GetString(DicomTag.SeriesInstanceUID)?.Trim(),
            ReadSegments(dataset, where),
            ReadFrames(dataset, frameCount, where),
            pixels);
    }

    /// <summary>
    /// The frames of segment <paramref name="segmentNumber"/> on the grid of <paramref name="series"/>.
    /// A frame is placed by its PlanePosition; a frame without one is placed by its source image UID.
    /// Frames of the segment at the same slice are combined (union). FRACTIONAL values are thresholded
    /// at <see cref="SegmentationOptions.FractionalThreshold"/> of MaximumFractionalValue.
    /// </summary>
    public RoiMask ToMask(int segmentNumber, CtSeries series, SegmentationOptions? options = null, string? where = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (FrameOfReferenceUid is { Length: > 0 } uid && uid != series.FrameOfReferenceUid)
        {
            throw new InvalidInputException("the segmentation and the CT have different FrameOfReferenceUIDs", where);
        }

        return ToMask(segmentNumber, series.Volume.Geometry, series.SopInstanceUids, options, where);
    }

    /// <summary>As <see cref="ToMask(int, CtSeries, SegmentationOptions?, string?)"/> on a bare grid; <paramref name="sliceSopInstanceUids"/> (per z) is optional.</summary>
    public RoiMask ToMask(int segmentNumber, ImageGeometry grid, IReadOnlyList<string>? sliceSopInstanceUids = null, SegmentationOptions? options = null, string? where = null)
    {
        ArgumentNullException.ThrowIfNull(grid);
        options ??= SegmentationOptions.Default;
        if (Segments.All(s => s.Number != segmentNumber))
        {
            throw new InvalidInputException(
                $"segment {segmentNumber} is not in the segmentation (segments: {string.Join(", ", Segments.Select(s => s.Number))})", where);
        }

        if (Columns != grid.Size.X || Rows != grid.Size.Y)
        {
            throw new InvalidInputException($"segmentation frames are {Columns}x{Rows} but the image slices are {grid.Size.X}x{grid.Size.Y}", where);
        }

        var sliceLength = Rows * Columns;
        var voxels = new byte[grid.VoxelCount];
        foreach (var frame in Frames.Where(f => f.SegmentNumber == segmentNumber))
        {
            if (VectorMath.MaxAbsDifference(frame.Row, grid.Direction.Column(0)) > options.OrientationTolerance ||
                VectorMath.MaxAbsDifference(frame.Column, grid.Direction.Column(1)) > options.OrientationTolerance)
            {
                throw new InvalidInputException(
                    string.Create(CultureInfo.InvariantCulture, $"segmentation frame {frame.Index + 1} is not oriented like the image slices"), where);
            }

            var z = SliceOf(frame, grid, sliceSopInstanceUids, options, where);
            var target = voxels.AsSpan(z * sliceLength, sliceLength);
            if (Type == SegmentationType.Binary)
            {
                UnpackBits(_pixelData.Span, (long)frame.Index * sliceLength, target);
            }
            else
            {
                Threshold(_pixelData.Span.Slice(frame.Index * sliceLength, sliceLength), options.FractionalThreshold * MaximumFractionalValue, target);
            }
        }

        return new RoiMask(grid, voxels);
    }

    private int SliceOf(SegmentationFrame frame, ImageGeometry grid, IReadOnlyList<string>? sliceUids, SegmentationOptions options, string? where)
    {
        var label = string.Create(CultureInfo.InvariantCulture, $"frame {frame.Index + 1}");
        if (frame.Position is { } position)
        {
            var index = grid.PhysicalToContinuousIndex(position);
            var z = Math.Round(index.Z);
            var tolerance = options.PositionTolerance;
            if (Math.Abs(index.X) > tolerance || Math.Abs(index.Y) > tolerance || Math.Abs(index.Z - z) > tolerance)
            {
                throw new InvalidInputException($"{label} does not lie on a slice of the image grid (index {index}); resampling is not supported", where);
            }

            return z >= 0 && z < grid.Size.Z
                ? (int)z
                : throw new InvalidInputException($"{label} lies outside the image (slice {z} of {grid.Size.Z})", where);
        }

        if (frame.SourceSopInstanceUid is { } source && sliceUids is not null)
        {
            for (var z = 0; z < sliceUids.Count; z++)
            {
                if (sliceUids[z] == source)
                {
                    return z;
                }
            }

            throw new InvalidInputException($"{label} refers to a source image that is not in the series", where);
        }

        throw new InvalidInputException($"{label} has neither a PlanePositionSequence nor a source image in the series", where);
    }

    /// <summary>Pixel i of a BINARY frame is bit (start + i) of PixelData, least significant bit first.</summary>
    private static void UnpackBits(ReadOnlySpan<byte> packed, long start, Span<byte> target)
    {
        for (var i = 0; i < target.Length; i++)
        {
            var bit = start + i;
            if ((packed[(int)(bit >> 3)] >> (int)(bit & 7) & 1) != 0)
            {
                target[i] = 1;
            }
        }
    }

    private static void Threshold(ReadOnlySpan<byte> values, double threshold, Span<byte> target)
    {
        for (var i = 0; i < target.Length; i++)
        {
            if (values[i] >= threshold)
            {
                target[i] = 1;
            }
        }
    }

    private static List<SegmentDescription> ReadSegments(DicomDataset dataset, string? where)
    {
        var items = dataset.GetSequence(DicomTag.SegmentSequence)?.Items;
        if (items is null || items.Count == 0)
        {
            throw new InvalidInputException("missing attribute SegmentSequence (0062,0002)", where);
        }

        var unknown = new DicomCode("", "", "");
        return items.Select(item => new SegmentDescription(
            item.GetRequiredInt32(DicomTag.SegmentNumber, where),
            item.GetString(DicomTag.SegmentLabel) ?? "",
            DicomCode.FromDataset(item.GetFirstItem(DicomTag.SegmentedPropertyCategoryCodeSequence)) ?? unknown,
            DicomCode.FromDataset(item.GetFirstItem(DicomTag.SegmentedPropertyTypeCodeSequence)) ?? unknown,
            item.GetString(DicomTag.SegmentAlgorithmType) ?? "",
            item.GetString(DicomTag.SegmentAlgorithmName))).ToList();
    }

    private static List<SegmentationFrame> ReadFrames(DicomDataset dataset, int frameCount, string? where)
    {
        var perFrame = dataset.GetSequence(DicomTag.PerFrameFunctionalGroupsSequence)?.Items ?? [];
        if (perFrame.Count != frameCount)
        {
            throw new InvalidInputException(
                $"PerFrameFunctionalGroupsSequence has {perFrame.Count} items but NumberOfFrames is {frameCount}", where);
        }

        var sharedOrientation = ReadOrientation(dataset.GetFirstItem(DicomTag.SharedFunctionalGroupsSequence), where);
        var frames = new List<SegmentationFrame>(frameCount);
        for (var i = 0; i < frameCount; i++)
        {
            var group = perFrame[i];
            var at = string.Create(CultureInfo.InvariantCulture, $"{where} frame {i + 1}").Trim();
            var (row, column) = ReadOrientation(group, at) ?? sharedOrientation
                ?? throw new InvalidInputException("missing attribute PlaneOrientationSequence (0020,9116) in the shared or per-frame functional groups", at);
            var segment = group.GetFirstItem(DicomTag.SegmentIdentificationSequence)
                ?? throw new InvalidInputException("missing attribute SegmentIdentificationSequence (0062,000A)", at);
            var ipp = group.GetFirstItem(DicomTag.PlanePositionSequence)?.GetDoubles(DicomTag.ImagePositionPatient, at);
            if (ipp is { Length: not (0 or 3) })
            {
                throw new InvalidInputException("ImagePositionPatient must hold 3 numbers", at);
            }

            var source = group.GetFirstItem(DicomTag.DerivationImageSequence)?.GetFirstItem(DicomTag.SourceImageSequence)
                ?.GetString(DicomTag.ReferencedSOPInstanceUID)?.Trim();
            frames.Add(new SegmentationFrame(
                i,
                segment.GetRequiredInt32(DicomTag.ReferencedSegmentNumber, at),
                ipp is { Length: 3 } ? new Vec3(ipp[0], ipp[1], ipp[2]) : null,
                string.IsNullOrEmpty(source) ? null : source,
                row,
                column));
        }

        return frames;
    }

    private static (Vec3 Row, Vec3 Column)? ReadOrientation(DicomDataset? functionalGroups, string? where) =>
        functionalGroups?.GetFirstItem(DicomTag.PlaneOrientationSequence) is { } item
            ? ImagePlane.ParseOrientation(item.GetRequiredDoubles(DicomTag.ImageOrientationPatient, 6, where), 1e-3, where)
            : null;
}
