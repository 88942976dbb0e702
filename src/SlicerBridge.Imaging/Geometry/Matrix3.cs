namespace SlicerBridge.Imaging.Geometry;

/// <summary>
/// A 3x3 matrix stored row-major. As a direction matrix its columns are the physical directions
/// of the x, y and z index axes (ITK's convention).
/// </summary>
public readonly record struct Matrix3(
    double M00, double M01, double M02,
    double M10, double M11, double M12,
    double M20, double M21, double M22)
{
    public static Matrix3 Identity { get; } = new(1, 0, 0, 0, 1, 0, 0, 0, 1);

    public static Matrix3 FromColumns(Vec3 c0, Vec3 c1, Vec3 c2) =>
        new(c0.X, c1.X, c2.X, c0.Y, c1.Y, c2.Y, c0.Z, c1.Z, c2.Z);

    public double this[int row, int column] => (row * 3 + column) switch
    {
        0 => M00, 1 => M01, 2 => M02,
        3 => M10, 4 => M11, 5 => M12,
        6 => M20, 7 => M21, 8 => M22,
        _ => throw new ArgumentOutOfRangeException(nameof(row)),
    };

    public Vec3 Column(int column) => new(this[0, column], this[1, column], this[2, column]);

    public static Vec3 operator *(Matrix3 m, Vec3 v) => new(
        m.M00 * v.X + m.M01 * v.Y + m.M02 * v.Z,
        m.M10 * v.X + m.M11 * v.Y + m.M12 * v.Z,
        m.M20 * v.X + m.M21 * v.Y + m.M22 * v.Z);

    public Matrix3 Transpose() => new(M00, M10, M20, M01, M11, M21, M02, M12, M22);

    public double Determinant =>
        M00 * (M11 * M22 - M12 * M21) - M01 * (M10 * M22 - M12 * M20) + M02 * (M10 * M21 - M11 * M20);

    public Matrix3 Inverse()
    {
        var det = Determinant;
        if (det == 0 || !double.IsFinite(det))
        {
            throw new InvalidOperationException("The matrix is singular.");
        }

        var inv = 1.0 / det;
        return new Matrix3(
            (M11 * M22 - M12 * M21) * inv, (M02 * M21 - M01 * M22) * inv, (M01 * M12 - M02 * M11) * inv,
            (M12 * M20 - M10 * M22) * inv, (M00 * M22 - M02 * M20) * inv, (M02 * M10 - M00 * M12) * inv,
            (M10 * M21 - M11 * M20) * inv, (M01 * M20 - M00 * M21) * inv, (M00 * M11 - M01 * M10) * inv);
    }

    /// <summary>True when the columns are unit length and mutually perpendicular within <paramref name="tolerance"/>.</summary>
    public bool IsOrthonormal(double tolerance = 1e-4)
    {
        for (var a = 0; a < 3; a++)
        {
            for (var b = a; b < 3; b++)
            {
                var dot = Column(a).Dot(Column(b));
                var expected = a == b ? 1.0 : 0.0;
                if (!(Math.Abs(dot - expected) <= tolerance))
                {
                    return false;
                }
            }
        }

        return true;
    }

    public bool IsFinite =>
        double.IsFinite(M00) && double.IsFinite(M01) && double.IsFinite(M02) &&
        double.IsFinite(M10) && double.IsFinite(M11) && double.IsFinite(M12) &&
        double.IsFinite(M20) && double.IsFinite(M21) && double.IsFinite(M22);
}
