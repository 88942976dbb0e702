using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.IO;

/// <summary>
/// The NIfTI-1 qform: a rotation stored as the quaternion (b, c, d) with a = sqrt(1 - b² - c² - d²),
/// a sign qfac (pixdim[0]) for mirrored grids, and qoffset; both directions as niftilib computes them.
/// </summary>
internal static class NiftiQuaternion
{
    /// <summary>
    /// The qform as the top three rows of its 4x4 RAS matrix, row-major, as niftilib builds it
    /// (<c>nifti_quatern_to_mat44</c>, computed in double, stored in float); <c>diag(pixdim)</c> without a qform code.
    /// </summary>
    public static float[] QformMatrix(NiftiHeader header, short qcode)
    {
        var dx = (double)header.PixDim[1];
        var dy = (double)header.PixDim[2];
        var dz = (double)header.PixDim[3];
        var m = new float[12];
        if (qcode == NiftiHeader.XformUnknown)
        {
            m[0] = (float)dx;
            m[5] = (float)dy;
            m[10] = (float)dz;
            return m;
        }

        double b = Finite(header.QuaternB), c = Finite(header.QuaternC), d = Finite(header.QuaternD);
        var a = 1.0 - (b * b + c * c + d * d);
        if (a < 1e-7)
        {
            // Rounding pushed (b,c,d) past unit length: a 180-degree rotation about (b,c,d).
            var norm = 1.0 / Math.Sqrt(b * b + c * c + d * d);
            b *= norm;
            c *= norm;
            d *= norm;
            a = 0;
        }
        else
        {
            a = Math.Sqrt(a);
        }

        var xd = dx > 0 ? dx : 1;
        var yd = dy > 0 ? dy : 1;
        var zd = dz > 0 ? dz : 1;
        if (header.PixDim[0] < 0)
        {
            zd = -zd;
        }

        m[0] = (float)((a * a + b * b - c * c - d * d) * xd);
        m[1] = (float)(2 * (b * c - a * d) * yd);
        m[2] = (float)(2 * (b * d + a * c) * zd);
        m[4] = (float)(2 * (b * c + a * d) * xd);
        m[5] = (float)((a * a + c * c - b * b - d * d) * yd);
        m[6] = (float)(2 * (c * d - a * b) * zd);
        m[8] = (float)(2 * (b * d - a * c) * xd);
        m[9] = (float)(2 * (c * d + a * b) * yd);
        m[10] = (float)((a * a + d * d - c * c - b * b) * zd);
        m[3] = Finite(header.QoffsetX);
        m[7] = Finite(header.QoffsetY);
        m[11] = Finite(header.QoffsetZ);
        return m;
    }

    /// <summary>niftilib zeroes non-finite quaternion fields (<c>FIXED_FLOAT</c>).</summary>
    private static float Finite(float value) => float.IsFinite(value) ? value : 0f;

    /// <summary>
    /// The NIfTI quaternion (b, c, d) and qfac of a rotation, possibly improper: a determinant of -1 is
    /// carried by qfac = -1 and a negated third column, as nifti1.h prescribes.
    /// </summary>
    public static (double B, double C, double D, double Qfac) FromRotation(Matrix3 r)
    {
        var qfac = r.Determinant < 0 ? -1.0 : 1.0;
        double r11 = r.M00, r12 = r.M01, r13 = qfac * r.M02;
        double r21 = r.M10, r22 = r.M11, r23 = qfac * r.M12;
        double r31 = r.M20, r32 = r.M21, r33 = qfac * r.M22;

        double a, b, c, d;
        var trace = r11 + r22 + r33 + 1.0;
        if (trace > 0.5)
        {
            a = 0.5 * Math.Sqrt(trace);
            b = 0.25 * (r32 - r23) / a;
            c = 0.25 * (r13 - r31) / a;
            d = 0.25 * (r21 - r12) / a;
        }
        else
        {
            // Pick the largest of b, c, d to divide by, for accuracy near 180-degree rotations.
            var xd = 1.0 + r11 - (r22 + r33);
            var yd = 1.0 + r22 - (r11 + r33);
            var zd = 1.0 + r33 - (r11 + r22);
            if (xd > 1.0)
            {
                b = 0.5 * Math.Sqrt(xd);
                c = 0.25 * (r12 + r21) / b;
                d = 0.25 * (r13 + r31) / b;
                a = 0.25 * (r32 - r23) / b;
            }
            else if (yd > 1.0)
            {
                c = 0.5 * Math.Sqrt(yd);
                b = 0.25 * (r12 + r21) / c;
                d = 0.25 * (r23 + r32) / c;
                a = 0.25 * (r13 - r31) / c;
            }
            else
            {
                d = 0.5 * Math.Sqrt(zd);
                b = 0.25 * (r13 + r31) / d;
                c = 0.25 * (r23 + r32) / d;
                a = 0.25 * (r21 - r12) / d;
            }

            if (a < 0)
            {
                (b, c, d) = (-b, -c, -d);
            }
        }

        return (b, c, d, qfac);
    }
}
