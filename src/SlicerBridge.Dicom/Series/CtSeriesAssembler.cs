using System.Globalization;
using System.Runtime.InteropServices;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Dicom.Series;

/// <summary>
/// Builds one LPS volume in Hounsfield units from the single-frame slices of a CT series.
/// <list type="bullet">
/// <item>Slices are ordered by ImagePositionPatient projected on the normal r x c of
/// ImageOrientationPatient, never by InstanceNumber or file name.</item>
/// <item>Direction columns are [r, c, n]; the origin is the first slice's IPP; spacing is
/// (PixelSpacing[1], PixelSpacing[0], mean slice distance), so oblique stacks keep their geometry.</item>
/// <item>Every slice must share Rows, Columns, PixelSpacing, IOP and FrameOfReferenceUID; slice distances
/// must be uniform (a gap, a duplicate position or a localizer is an error naming the slice) and the
/// slices must lie on one axis along the normal (no gantry-tilt shear).</item>
/// <item>HU = stored x RescaleSlope + RescaleIntercept per slice. The volume is Int16 when every slice has
/// a whole-number slope and intercept and every rescaled value fits int16 (the usual CT); otherwise Float32.</item>
/// </list>
/// </summary>
public sealed class CtSeriesAssembler
{
    private readonly CtSeriesOptions _options;

    public CtSeriesAssembler(CtSeriesOptions? options = null)
    {
        _options = options ?? CtSeriesOptions.Default;
    }

    /// <summary>Groups instances by SeriesInstanceUID, keeping each group's input order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<DicomDataset>> GroupBySeries(IEnumerable<DicomDataset> datasets, string? where = null)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        var groups = new Dictionary<string, List<DicomDataset>>(StringComparer.Ordinal);
        foreach (var dataset in datasets)
        {
            var uid = dataset.GetRequiredString(DicomTag.SeriesInstanceUID, where);
            if (!groups.TryGetValue(uid, out var list))
            {
                groups[uid] = list = [];
            }

            list.Add(dataset);
        }

        return groups.ToDictionary(g => g.Key, g => (IReadOnlyList<DicomDataset>)g.Value, StringComparer.Ordinal);
    }

    /// <summary>Assembles the slices of exactly one series.</summary>
    public CtSeries Assemble(IReadOnlyList<DicomDataset> datasets, string? where = null)
    {
        ArgumentNullException.ThrowIfNull(datasets);
        if (datasets.Count == 0)
        {
            throw new InvalidInputException("no slices were given", where);
        }

        var series = GroupBySeries(datasets, where);
        if (series.Count > 1)
        {
            throw new InvalidInputException(
                $"the slices belong to {series.Count} series; group them with {nameof(GroupBySeries)} and assemble one", where);
        }

        if (datasets.Count == 1 && !_options.AllowSingleSlice)
        {
            throw new InvalidInputException("the series has a single slice, so it has no slice spacing (set AllowSingleSlice to accept it)", where);
        }

        var slices = datasets.Select((d, i) => CtSlice.Read(d, i, _options.OrientationTolerance, where)).ToList();
        var first = slices[0];
        foreach (var slice in slices.Skip(1))
        {
            CheckConsistent(first, slice, where);
        }

        var normal = first.Plane.Normal;
        foreach (var slice in slices)
        {
            slice.Distance = slice.Plane.Position.Dot(normal);
        }

        slices.Sort((a, b) => a.Distance.CompareTo(b.Distance));
        var sliceSpacing = slices.Count == 1 ? SingleSliceSpacing(first.Dataset, where) : CheckStack(slices, normal, where);

        var geometry = new ImageGeometry(
            new Size3(first.Columns, first.Rows, slices.Count),
            new Vec3(first.Plane.ColumnSpacing, first.Plane.RowSpacing, sliceSpacing),
            slices[0].Plane.Position,
            Matrix3.FromColumns(first.Plane.Row, first.Plane.Column, normal));
        geometry.Validate(where);

        var volume = Rescale(slices, geometry, where);
        var header = new DicomDataset();
        foreach (var item in slices[0].Dataset.Items.Where(i => i.Tag != DicomTag.PixelData))
        {
            header.Add(item);
        }

        return new CtSeries(volume, header, slices.Select(s => s.SopInstanceUid).ToList());
    }

    private void CheckConsistent(CtSlice first, CtSlice slice, string? where)
    {
        if (slice.Rows != first.Rows || slice.Columns != first.Columns)
        {
            throw new InvalidInputException(
                $"slices differ in size: {slice.Columns}x{slice.Rows} vs {first.Columns}x{first.Rows} in {first.Label}", slice.At(where));
        }

        var tolerance = _options.OrientationTolerance;
        if (VectorMath.MaxAbsDifference(slice.Plane.Row, first.Plane.Row) > tolerance ||
            VectorMath.MaxAbsDifference(slice.Plane.Column, first.Plane.Column) > tolerance)
        {
            throw new InvalidInputException(
                $"ImageOrientationPatient differs from {first.Label} (a localizer or a second stack in the series?)", slice.At(where));
        }

        var spacingTolerance = 1e-4 * Math.Min(first.Plane.RowSpacing, first.Plane.ColumnSpacing);
        if (Math.Abs(slice.Plane.RowSpacing - first.Plane.RowSpacing) > spacingTolerance ||
            Math.Abs(slice.Plane.ColumnSpacing - first.Plane.ColumnSpacing) > spacingTolerance)
        {
            throw new InvalidInputException($"PixelSpacing differs from {first.Label}", slice.At(where));
        }

        if (slice.FrameOfReferenceUid != first.FrameOfReferenceUid)
        {
            throw new InvalidInputException($"FrameOfReferenceUID differs from {first.Label}", slice.At(where));
        }

        if (slice.Format.BitsAllocated != first.Format.BitsAllocated)
        {
            throw new InvalidInputException($"BitsAllocated differs from {first.Label}", slice.At(where));
        }
    }

    /// <summary>
    /// Checks the sorted stack against the median slice distance (robust to the one gap being reported)
    /// and returns the mean distance, which averages out the rounding of the DS positions.
    /// </summary>
    private double CheckStack(List<CtSlice> slices, Vec3 normal, string? where)
    {
        var steps = new double[slices.Count - 1];
        for (var k = 1; k < slices.Count; k++)
        {
            steps[k - 1] = slices[k].Distance - slices[k - 1].Distance;
        }

        var sorted = steps.Order().ToArray();
        var median = sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : 0.5 * (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]);
        var minPixel = Math.Min(slices[0].Plane.RowSpacing, slices[0].Plane.ColumnSpacing);
        for (var k = 1; k < slices.Count; k++)
        {
            var step = steps[k - 1];
            if (step <= _options.SliceSpacingTolerance * Math.Max(median, 1e-3))
            {
                throw new InvalidInputException(
                    $"{slices[k].Label} and {slices[k - 1].Label} are at the same position (duplicate slice)", where);
            }

            if (Math.Abs(step - median) > _options.SliceSpacingTolerance * median)
            {
                var missing = Math.Round(step / median) - 1;
                var detail = missing >= 1
                    ? string.Create(CultureInfo.InvariantCulture, $"a gap of {step:0.###} mm between {slices[k - 1].Label} and {slices[k].Label} (about {missing} missing slice(s))")
                    : string.Create(CultureInfo.InvariantCulture, $"slice distance {step:0.###} mm between {slices[k - 1].Label} and {slices[k].Label} differs from the median {median:0.###} mm");
                throw new InvalidInputException("slices are not evenly spaced: " + detail, where);
            }

            var expected = slices[0].Plane.Position + (slices[k].Distance - slices[0].Distance) * normal;
            if ((slices[k].Plane.Position - expected).Norm > _options.StackAlignmentTolerance * minPixel)
            {
                throw new InvalidInputException(
                    $"{slices[k].Label} is shifted in-plane from the stack axis (gantry tilt?); tilted stacks need resampling, which is not supported", where);
            }
        }

        return (slices[^1].Distance - slices[0].Distance) / (slices.Count - 1);
    }

    private static double SingleSliceSpacing(DicomDataset dataset, string? where)
    {
        var spacing = dataset.GetDoubleOrDefault(DicomTag.SpacingBetweenSlices, 0, where);
        if (!(spacing > 0))
        {
            spacing = dataset.GetDoubleOrDefault(DicomTag.SliceThickness, 0, where);
        }

        return spacing > 0 ? spacing : 1.0;
    }

    private ImageVolume Rescale(List<CtSlice> slices, ImageGeometry geometry, string? where)
    {
        var fitsInt16 = true;
        foreach (var slice in slices)
        {
            if (!IsWhole(slice.Slope) || !IsWhole(slice.Intercept))
            {
                fitsInt16 = false;
                break;
            }

            var (min, max) = StoredRange(slice, where);
            var a = min * slice.Slope + slice.Intercept;
            var b = max * slice.Slope + slice.Intercept;
            if (Math.Min(a, b) < short.MinValue || Math.Max(a, b) > short.MaxValue)
            {
                fitsInt16 = false;
                break;
            }
        }

        var volume = ImageVolume.Allocate(geometry, fitsInt16 ? PixelType.Int16 : PixelType.Float32, _options.Limits, where);
        var sliceLength = geometry.Size.X * geometry.Size.Y;
        for (var z = 0; z < slices.Count; z++)
        {
            var slice = slices[z];
            var pixels = slice.PixelBytes(where);
            if (fitsInt16)
            {
                RescaleToInt16(slice, pixels, volume.Voxels<short>().Slice(z * sliceLength, sliceLength));
            }
            else
            {
                RescaleToSingle(slice, pixels, volume.Voxels<float>().Slice(z * sliceLength, sliceLength));
            }
        }

        return volume;
    }

    private static (int Min, int Max) StoredRange(CtSlice slice, string? where)
    {
        var pixels = slice.PixelBytes(where);
        var format = slice.Format;
        int min = int.MaxValue, max = int.MinValue;
        if (format is { BitsAllocated: 16, IsPlain: true })
        {
            if (format.IsSigned)
            {
                foreach (var v in MemoryMarshal.Cast<byte, short>(pixels))
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                }
            }
            else
            {
                foreach (var v in MemoryMarshal.Cast<byte, ushort>(pixels))
                {
                    min = Math.Min(min, v);
                    max = Math.Max(max, v);
                }
            }

            return (min, max);
        }

        var count = pixels.Length / format.BytesPerPixel;
        for (var i = 0; i < count; i++)
        {
            var v = format.Read(pixels, i);
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return (min, max);
    }

    private static void RescaleToInt16(CtSlice slice, ReadOnlySpan<byte> pixels, Span<short> target)
    {
        var slope = (int)slice.Slope;
        var intercept = (int)slice.Intercept;
        var format = slice.Format;
        if (format is { BitsAllocated: 16, IsPlain: true, IsSigned: true })
        {
            var source = MemoryMarshal.Cast<byte, short>(pixels);
            for (var i = 0; i < target.Length; i++)
            {
                target[i] = (short)(source[i] * slope + intercept);
            }

            return;
        }

        if (format is { BitsAllocated: 16, IsPlain: true, IsSigned: false })
        {
            var source = MemoryMarshal.Cast<byte, ushort>(pixels);
            for (var i = 0; i < target.Length; i++)
            {
                target[i] = (short)(source[i] * slope + intercept);
            }

            return;
        }

        for (var i = 0; i < target.Length; i++)
        {
            target[i] = (short)(format.Read(pixels, i) * slope + intercept);
        }
    }

    private static void RescaleToSingle(CtSlice slice, ReadOnlySpan<byte> pixels, Span<float> target)
    {
        var format = slice.Format;
        for (var i = 0; i < target.Length; i++)
        {
            target[i] = (float)(format.Read(pixels, i) * slice.Slope + slice.Intercept);
        }
    }

    private static bool IsWhole(double value) => value == Math.Floor(value) && Math.Abs(value) < int.MaxValue;
}
