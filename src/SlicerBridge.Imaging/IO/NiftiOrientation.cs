using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.IO;

/// <summary>
/// NIfTI-1 qform/sform ↔ LPS geometry, following ITK 5.x's <c>NiftiImageIO</c> so a file gives the
/// grid SimpleITK (and so PyRadiomics) gives it:
/// <list type="bullet">
/// <item>both transforms are first rebuilt as niftilib does, in single precision: the qform from the
/// quaternion, <c>qoffset</c>, <c>pixdim</c> and <c>qfac</c> (or <c>diag(pixdim)</c> when
/// <c>qform_code</c> ≤ 0); the sform from <c>srow_*</c> (or nothing when <c>sform_code</c> ≤ 0);</item>
/// <item>neither code set: origin 0, identity direction;</item>
/// <item>the sform is used when the two agree element by element, or when it is a rotation times a
/// scaling (columns orthonormal within 1e-4 once normalised) and the qform code is unknown, or the
/// sform code is SCANNER_ANAT, or both are set and describe the same space (within 1e-4);</item>
/// <item>otherwise the qform, if its code is set; otherwise the file is rejected (ITK: "No orthonormal
/// definition found").</item>
/// </list>
/// Spacing always comes from <c>pixdim</c>, direction from the chosen matrix's normalised columns, origin
/// from its translation; x and y are negated to go from RAS to LPS.
/// </summary>
internal static class NiftiOrientation
{
    private const double OrthonormalTolerance = 1e-4;

    /// <summary>The LPS origin and direction of a header whose <paramref name="dims"/> spatial axes are 2 or 3.</summary>
    public static (Vec3 Origin, Matrix3 Direction) Read(NiftiHeader header, int dims, string where)
    {
        var qcode = header.QformCode > 0 ? header.QformCode : NiftiHeader.XformUnknown;
        var scode = header.SformCode > 0 ? header.SformCode : NiftiHeader.XformUnknown;
        if (qcode == NiftiHeader.XformUnknown && scode == NiftiHeader.XformUnknown)
        {
            return (default, Matrix3.Identity);
        }

        var q = NiftiQuaternion.QformMatrix(header, qcode);
        var s = scode == NiftiHeader.XformUnknown ? new float[12] : header.Srow;

        var preferSform = ElementwiseSimilar(s, q);
        if (!preferSform || scode != NiftiHeader.XformUnknown)
        {
            if (IsRotationTimesScaling(s))
            {
                if (qcode == NiftiHeader.XformUnknown || scode == NiftiHeader.XformScannerAnat)
                {
                    preferSform = true;
                }
                else
                {
                    preferSform = SameSpace(s, q);
                }
            }
        }

        var m = preferSform ? s
            : qcode != NiftiHeader.XformUnknown ? q
            : throw new InvalidInputException("NIfTI sform is not a rotation with scaling (it has shear) and there is no qform", where);
        return ToLps(m, dims);
    }

    /// <summary>The RAS sform rows (3x4, row-major) and the qform quaternion for an LPS geometry, in single precision as stored.</summary>
    public static (float[] Srow, float QuaternB, float QuaternC, float QuaternD, float Qfac, Vec3 RasOrigin) Write(ImageGeometry geometry)
    {
        // LPS -> RAS: negate the x and y rows of the direction and of the origin.
        var d = geometry.Direction;
        var ras = new Matrix3(-d.M00, -d.M01, -d.M02, -d.M10, -d.M11, -d.M12, d.M20, d.M21, d.M22);
        var origin = new Vec3(-geometry.Origin.X, -geometry.Origin.Y, geometry.Origin.Z);
        var srow = new float[12];
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                srow[row * 4 + column] = (float)(ras[row, column] * geometry.Spacing[column]);
            }

            srow[row * 4 + 3] = (float)origin[row];
        }

        var (b, c, dq, qfac) = NiftiQuaternion.FromRotation(ras);
        return (srow, (float)b, (float)c, (float)dq, (float)qfac, origin);
    }

    /// <summary>ITK's first test: 3x3 parts within 1e-5 element by element and translations within 1e-7.</summary>
    private static bool ElementwiseSimilar(float[] s, float[] q)
    {
        double translation = 0;
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                if (!(Math.Abs(s[row * 4 + column] - q[row * 4 + column]) <= 1e-5))
                {
                    return false;
                }
            }

            translation += Math.Abs(s[row * 4 + 3] - q[row * 4 + 3]);
        }

        return translation <= 1e-7;
    }

    /// <summary>
    /// ITK's "sform decomposable without skew": invertible, and the normalised columns are orthonormal
    /// within 1e-4.
    /// </summary>
    private static bool IsRotationTimesScaling(float[] s)
    {
        var r = Normalized(Columns(s));
        if (r is null || !double.IsFinite(r.Value.Determinant) || r.Value.Determinant == 0)
        {
            return false;
        }

        return IsIdentity(Multiply(r.Value, r.Value.Transpose()), OrthonormalTolerance);
    }

    /// <summary>
    /// ITK compares the two matrices through their SVDs (rotations, singular values) and their offsets,
    /// all within 1e-4. Both have orthogonal columns when this is reached, so the singular values are the
    /// column lengths and the rotation is the normalised columns.
    /// </summary>
    private static bool SameSpace(float[] s, float[] q)
    {
        var sc = Columns(s);
        var qc = Columns(q);
        var rs = Normalized(sc);
        var rq = Normalized(qc);
        if (rs is null || rq is null)
        {
            return false;
        }

        var sNorms = new[] { sc.Column(0).Norm, sc.Column(1).Norm, sc.Column(2).Norm }.Order().ToArray();
        var qNorms = new[] { qc.Column(0).Norm, qc.Column(1).Norm, qc.Column(2).Norm }.Order().ToArray();
        for (var i = 0; i < 3; i++)
        {
            if (!(Math.Abs(sNorms[i] - qNorms[i]) <= 1e-4) || !(Math.Abs(s[i * 4 + 3] - q[i * 4 + 3]) <= 1e-4))
            {
                return false;
            }
        }

        return IsIdentity(Multiply(rs.Value, rq.Value.Transpose()), 1e-4);
    }

    private static (Vec3 Origin, Matrix3 Direction) ToLps(float[] m, int dims)
    {
        if (dims == 2)
        {
            // A 2-D image keeps ITK's 2-D geometry: the in-plane 2x2 block and a unit third axis.
            var x = Unit2(-m[0], -m[4]);
            var y = Unit2(-m[1], -m[5]);
            return (new Vec3(-m[3], -m[7], 0), new Matrix3(x.A, y.A, 0, x.B, y.B, 0, 0, 0, 1));
        }

        var c0 = Unit(new Vec3(-m[0], -m[4], m[8]));
        var c1 = Unit(new Vec3(-m[1], -m[5], m[9]));
        var c2 = Unit(new Vec3(-m[2], -m[6], m[10]));
        return (new Vec3(-(double)m[3], -(double)m[7], m[11]), Matrix3.FromColumns(c0, c1, c2));
    }

    private static Vec3 Unit(Vec3 v) => v.Norm == 0 ? v : (1.0 / v.Norm) * v;

    private static (double A, double B) Unit2(double a, double b)
    {
        var norm = Math.Sqrt(a * a + b * b);
        return norm == 0 ? (a, b) : (a / norm, b / norm);
    }

    private static Matrix3 Columns(float[] m) => new(m[0], m[1], m[2], m[4], m[5], m[6], m[8], m[9], m[10]);

    private static Matrix3? Normalized(Matrix3 m)
    {
        var c0 = m.Column(0);
        var c1 = m.Column(1);
        var c2 = m.Column(2);
        if (!(c0.Norm > 0) || !(c1.Norm > 0) || !(c2.Norm > 0) || !m.IsFinite)
        {
            return null;
        }

        return Matrix3.FromColumns(Unit(c0), Unit(c1), Unit(c2));
    }

    private static Matrix3 Multiply(Matrix3 a, Matrix3 b) => Matrix3.FromColumns(a * b.Column(0), a * b.Column(1), a * b.Column(2));

    private static bool IsIdentity(Matrix3 m, double tolerance)
    {
        for (var row = 0; row < 3; row++)
        {
            for (var column = 0; column < 3; column++)
            {
                if (!(Math.Abs(m[row, column] - (row == column ? 1.0 : 0.0)) <= tolerance))
                {
                    return false;
                }
            }
        }

        return true;
    }
}
