using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Dicom.Series;

/// <summary>
/// Where one image plane sits: ImageOrientationPatient (row direction r, column direction c),
/// ImagePositionPatient (centre of the first pixel) and PixelSpacing (between rows, between columns).
/// Shared by CT slices and SEG frames.
/// </summary>
public readonly record struct ImagePlane(Vec3 Row, Vec3 Column, Vec3 Position, double RowSpacing, double ColumnSpacing)
{
    /// <summary>The slice normal r x c; slices are ordered by the position projected on it.</summary>
    public Vec3 Normal => VectorMath.Normalize(VectorMath.Cross(Row, Column));

    /// <summary>Reads and checks IOP: two unit vectors, perpendicular within <paramref name="tolerance"/>.</summary>
    public static (Vec3 Row, Vec3 Column) ParseOrientation(double[] iop, double tolerance, string? where)
    {
        var row = new Vec3(iop[0], iop[1], iop[2]);
        var column = new Vec3(iop[3], iop[4], iop[5]);
        // DS values carry about 6 decimals, so unit length is checked loosely and the vectors renormalised.
        if (Math.Abs(row.Norm - 1) > 1e-3 || Math.Abs(column.Norm - 1) > 1e-3)
        {
            throw new InvalidInputException("ImageOrientationPatient (0020,0037) does not hold unit vectors", where);
        }

        row = VectorMath.Normalize(row);
        column = VectorMath.Normalize(column);
        if (Math.Abs(row.Dot(column)) > Math.Max(tolerance, 1e-3))
        {
            throw new InvalidInputException("ImageOrientationPatient (0020,0037) row and column directions are not perpendicular", where);
        }

        return (row, column);
    }
}
