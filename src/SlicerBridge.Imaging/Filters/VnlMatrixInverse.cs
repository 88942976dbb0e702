namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// The inverse ITK computes for an image's index-to-physical matrix (itk::Matrix::GetInverse →
/// vnl_matrix_inverse, i.e. vnl_svd's pseudo-inverse V·W⁻¹·Uᵀ from LINPACK's dsvdc with job 21). For an
/// oblique grid its last bits differ from a closed-form inverse, and those bits decide which voxel a
/// point exactly between two slices goes to. This follows LINPACK's Householder bidiagonalisation and
/// shifted QR sweeps (G. W. Stewart, 1978) and the reference BLAS kernels in their order of operations,
/// for the 3x3 case only. Indices are 1-based as in LINPACK.
/// </summary>
internal static class VnlMatrixInverse
{
    private const int N = 3;

    /// <summary>The inverse of the row-major 3x3 matrix <paramref name="m"/>, row-major.</summary>
    public static double[] Invert(ReadOnlySpan<double> m)
    {
        var x = new double[N + 1, N + 1];
        for (var i = 1; i <= N; i++)
        {
            for (var j = 1; j <= N; j++)
            {
                x[i, j] = m[(i - 1) * N + (j - 1)];
            }
        }

        var s = new double[N + 2];
        var e = new double[N + 2];
        var u = new double[N + 1, N + 1];
        var v = new double[N + 1, N + 1];
        Decompose(x, s, e, u, v);

        // vnl_svd: W = |s|, W⁻¹ = 1/W (0 for a zero singular value); inverse = (V·W⁻¹)·Uᵀ, sums from 0.
        var vw = new double[N + 1, N + 1];
        for (var i = 1; i <= N; i++)
        {
            for (var k = 1; k <= N; k++)
            {
                var sum = 0.0;
                for (var j = 1; j <= N; j++)
                {
                    var w = Math.Abs(s[j]);
                    var winv = j == k ? (w == 0 ? 0 : 1.0 / w) : 0.0;
                    sum += v[i, j] * winv;
                }

                vw[i, k] = sum;
            }
        }

        var result = new double[N * N];
        for (var i = 1; i <= N; i++)
        {
            for (var k = 1; k <= N; k++)
            {
                var sum = 0.0;
                for (var j = 1; j <= N; j++)
                {
                    sum += vw[i, j] * u[k, j];
                }

                result[(i - 1) * N + (k - 1)] = sum;
            }
        }

        return result;
    }

    /// <summary>LINPACK dsvdc for n = p = 3, job = 21 (U and V wanted).</summary>
    private static void Decompose(double[,] x, double[] s, double[] e, double[,] u, double[,] v)
    {
        const int n = N, p = N;
        const int nct = n - 1;               // min(n - 1, p)
        const int nrt = 1;                   // max(0, min(p - 2, n))
        const int lu = nct;                  // max(nct, nrt)
        var work = new double[n + 1];

        // Reduce x to bidiagonal form: diagonal in s, super-diagonal in e.
        for (var l = 1; l <= lu; l++)
        {
            var lp1 = l + 1;
            if (l <= nct)
            {
                s[l] = Nrm2Column(x, l, l, n);
                if (s[l] != 0)
                {
                    if (x[l, l] != 0)
                    {
                        s[l] = Sign(s[l], x[l, l]);
                    }

                    var scale = 1.0 / s[l];
                    for (var i = l; i <= n; i++)
                    {
                        x[i, l] = scale * x[i, l];
                    }

                    x[l, l] += 1.0;
                }

                s[l] = -s[l];
            }

            for (var j = lp1; j <= p; j++)
            {
                if (l <= nct && s[l] != 0)
                {
                    var t = -DotColumns(x, l, l, x, j, n) / x[l, l];
                    AxpyColumns(t, x, l, x, j, l, n);
                }

                e[j] = x[l, j];
            }

            if (l <= nct)
            {
                for (var i = l; i <= n; i++)
                {
                    u[i, l] = x[i, l];
                }
            }

            if (l > nrt)
            {
                continue;
            }

            e[l] = Nrm2(e, lp1, p);
            if (e[l] != 0)
            {
                if (e[lp1] != 0)
                {
                    e[l] = Sign(e[l], e[lp1]);
                }

                var scale = 1.0 / e[l];
                for (var i = lp1; i <= p; i++)
                {
                    e[i] = scale * e[i];
                }

                e[lp1] += 1.0;
            }

            e[l] = -e[l];
            if (lp1 <= n && e[l] != 0)
            {
                for (var i = lp1; i <= n; i++)
                {
                    work[i] = 0.0;
                }

                for (var j = lp1; j <= p; j++)
                {
                    if (e[j] != 0)
                    {
                        for (var i = lp1; i <= n; i++)
                        {
                            work[i] += e[j] * x[i, j];
                        }
                    }
                }

                for (var j = lp1; j <= p; j++)
                {
                    var factor = -e[j] / e[lp1];
                    if (factor != 0)
                    {
                        for (var i = lp1; i <= n; i++)
                        {
                            x[i, j] += factor * work[i];
                        }
                    }
                }
            }

            for (var i = lp1; i <= p; i++)
            {
                v[i, l] = e[i];
            }
        }

        // The final bidiagonal matrix of order m = 3.
        var m = 3;
        s[nct + 1] = x[nct + 1, nct + 1];
        e[nrt + 1] = x[nrt + 1, m];
        e[m] = 0.0;

        // Generate U (ncu = 3 columns).
        for (var j = nct + 1; j <= n; j++)
        {
            for (var i = 1; i <= n; i++)
            {
                u[i, j] = 0.0;
            }

            u[j, j] = 1.0;
        }

        for (var l = nct; l >= 1; l--)
        {
            if (s[l] != 0)
            {
                for (var j = l + 1; j <= n; j++)
                {
                    var t = -DotColumns(u, l, l, u, j, n) / u[l, l];
                    AxpyColumns(t, u, l, u, j, l, n);
                }

                for (var i = l; i <= n; i++)
                {
                    u[i, l] = -1.0 * u[i, l];
                }

                u[l, l] += 1.0;
                for (var i = 1; i <= l - 1; i++)
                {
                    u[i, l] = 0.0;
                }
            }
            else
            {
                for (var i = 1; i <= n; i++)
                {
                    u[i, l] = 0.0;
                }

                u[l, l] = 1.0;
            }
        }

        // Generate V.
        for (var l = p; l >= 1; l--)
        {
            var lp1 = l + 1;
            if (l <= nrt && e[l] != 0)
            {
                for (var j = lp1; j <= p; j++)
                {
                    var t = -DotColumns(v, lp1, l, v, j, p) / v[lp1, l];
                    AxpyColumns(t, v, l, v, j, lp1, p);
                }
            }

            for (var i = 1; i <= p; i++)
            {
                v[i, l] = 0.0;
            }

            v[l, l] = 1.0;
        }

        Iterate(s, e, u, v, m);
    }

    /// <summary>The QR sweeps on the bidiagonal matrix until every singular value has converged.</summary>
    private static void Iterate(double[] s, double[] e, double[,] u, double[,] v, int m)
    {
        const int n = N, p = N, maxIterations = 1000;
        var mm = m;
        var iteration = 0;
        while (m != 0 && iteration < maxIterations)
        {
            // Find negligible elements: kase 1 (s(m) and e(l-1) negligible), 2 (s(l) negligible),
            // 3 (e(l-1) negligible: QR step), 4 (e(m-1) negligible: convergence).
            int l;
            for (l = m - 1; l >= 1; l--)
            {
                var test = Math.Abs(s[l]) + Math.Abs(s[l + 1]);
                var ztest = test + Math.Abs(e[l]);
                if (ztest == test)
                {
                    e[l] = 0.0;
                    break;
                }
            }

            int kase;
            if (l == m - 1)
            {
                kase = 4;
            }
            else
            {
                int ls;
                for (ls = m; ls > l; ls--)
                {
                    var test = 0.0;
                    if (ls != m)
                    {
                        test += Math.Abs(e[ls]);
                    }

                    if (ls != l + 1)
                    {
                        test += Math.Abs(e[ls - 1]);
                    }

                    var ztest = test + Math.Abs(s[ls]);
                    if (ztest == test)
                    {
                        s[ls] = 0.0;
                        break;
                    }
                }

                if (ls == l)
                {
                    kase = 3;
                }
                else if (ls == m)
                {
                    kase = 1;
                }
                else
                {
                    kase = 2;
                    l = ls;
                }
            }

            l++;
            switch (kase)
            {
                case 1:
                {
                    // Deflate negligible s(m).
                    var f = e[m - 1];
                    e[m - 1] = 0.0;
                    for (var k = m - 1; k >= l; k--)
                    {
                        var t1 = s[k];
                        Rotg(ref t1, ref f, out var cs, out var sn);
                        s[k] = t1;
                        if (k != l)
                        {
                            f = -sn * e[k - 1];
                            e[k - 1] = cs * e[k - 1];
                        }

                        Rot(v, k, m, p, cs, sn);
                    }

                    break;
                }

                case 2:
                {
                    // Split at negligible s(l).
                    var f = e[l - 1];
                    e[l - 1] = 0.0;
                    for (var k = l; k <= m; k++)
                    {
                        var t1 = s[k];
                        Rotg(ref t1, ref f, out var cs, out var sn);
                        s[k] = t1;
                        f = -sn * e[k];
                        e[k] = cs * e[k];
                        Rot(u, k, l - 1, n, cs, sn);
                    }

                    break;
                }

                case 3:
                {
                    // One QR step with the shift from the trailing 2x2 block.
                    var scale = Math.Max(Math.Max(Math.Max(Math.Max(Math.Abs(s[m]), Math.Abs(s[m - 1])), Math.Abs(e[m - 1])), Math.Abs(s[l])), Math.Abs(e[l]));
                    var sm = s[m] / scale;
                    var smm1 = s[m - 1] / scale;
                    var emm1 = e[m - 1] / scale;
                    var sl = s[l] / scale;
                    var el = e[l] / scale;
                    var b = ((smm1 + sm) * (smm1 - sm) + emm1 * emm1) / 2.0;
                    var c = sm * emm1 * (sm * emm1);
                    var shift = 0.0;
                    if (b != 0 || c != 0)
                    {
                        shift = Math.Sqrt(b * b + c);
                        if (b < 0)
                        {
                            shift = -shift;
                        }

                        shift = c / (b + shift);
                    }

                    var f = (sl + sm) * (sl - sm) + shift;
                    var g = sl * el;
                    for (var k = l; k <= m - 1; k++)
                    {
                        Rotg(ref f, ref g, out var cs, out var sn);
                        if (k != l)
                        {
                            e[k - 1] = f;
                        }

                        f = cs * s[k] + sn * e[k];
                        e[k] = cs * e[k] - sn * s[k];
                        g = sn * s[k + 1];
                        s[k + 1] = cs * s[k + 1];
                        Rot(v, k, k + 1, p, cs, sn);
                        Rotg(ref f, ref g, out cs, out sn);
                        s[k] = f;
                        f = cs * e[k] + sn * s[k + 1];
                        s[k + 1] = -sn * e[k] + cs * s[k + 1];
                        g = sn * e[k + 1];
                        e[k + 1] = cs * e[k + 1];
                        if (k < n)
                        {
                            Rot(u, k, k + 1, n, cs, sn);
                        }
                    }

                    e[m - 1] = f;
                    iteration++;
                    break;
                }

                default:
                {
                    // Convergence: make the singular value positive, then order them.
                    if (s[l] < 0)
                    {
                        s[l] = -s[l];
                        for (var i = 1; i <= p; i++)
                        {
                            v[i, l] = -1.0 * v[i, l];
                        }
                    }

                    while (l != mm && s[l] < s[l + 1])
                    {
                        (s[l], s[l + 1]) = (s[l + 1], s[l]);
                        if (l < p)
                        {
                            SwapColumns(v, l, l + 1, p);
                        }

                        if (l < n)
                        {
                            SwapColumns(u, l, l + 1, n);
                        }

                        l++;
                    }

                    iteration = 0;
                    m--;
                    break;
                }
            }
        }
    }

    /// <summary>Reference BLAS dnrm2 (Hammarling's scaled sum of squares) of a(first..last, column).</summary>
    private static double Nrm2Column(double[,] a, int first, int column, int last)
    {
        Span<double> values = stackalloc double[last - first + 1];
        for (var i = first; i <= last; i++)
        {
            values[i - first] = a[i, column];
        }

        return Nrm2(values);
    }

    private static double Nrm2(double[] a, int first, int last) => Nrm2(a.AsSpan(first, last - first + 1));

    private static double Nrm2(ReadOnlySpan<double> x)
    {
        if (x.Length < 1)
        {
            return 0.0;
        }

        if (x.Length == 1)
        {
            return Math.Abs(x[0]);
        }

        var scale = 0.0;
        var ssq = 1.0;
        foreach (var value in x)
        {
            if (value != 0)
            {
                var absxi = Math.Abs(value);
                if (scale < absxi)
                {
                    var r = scale / absxi;
                    ssq = 1.0 + ssq * (r * r);
                    scale = absxi;
                }
                else
                {
                    var r = absxi / scale;
                    ssq += r * r;
                }
            }
        }

        return scale * Math.Sqrt(ssq);
    }

    /// <summary>ddot of a(first..last, ca) and b(first..last, cb); short vectors sum left to right from 0.</summary>
    private static double DotColumns(double[,] a, int first, int ca, double[,] b, int cb, int last)
    {
        var sum = 0.0;
        for (var i = first; i <= last; i++)
        {
            sum += a[i, ca] * b[i, cb];
        }

        return sum;
    }

    /// <summary>daxpy: b(first..last, cb) += t · a(first..last, ca); nothing when t is 0.</summary>
    private static void AxpyColumns(double t, double[,] a, int ca, double[,] b, int cb, int first, int last)
    {
        if (t == 0)
        {
            return;
        }

        for (var i = first; i <= last; i++)
        {
            b[i, cb] += t * a[i, ca];
        }
    }

    /// <summary>drot on columns ca and cb of a (rows 1..rows).</summary>
    private static void Rot(double[,] a, int ca, int cb, int rows, double c, double s)
    {
        for (var i = 1; i <= rows; i++)
        {
            var temp = c * a[i, ca] + s * a[i, cb];
            a[i, cb] = c * a[i, cb] - s * a[i, ca];
            a[i, ca] = temp;
        }
    }

    /// <summary>Reference BLAS drotg: the Givens rotation that zeroes b; a becomes r, b becomes z.</summary>
    private static void Rotg(ref double a, ref double b, out double c, out double s)
    {
        var roe = Math.Abs(a) > Math.Abs(b) ? a : b;
        var scale = Math.Abs(a) + Math.Abs(b);
        double r, z;
        if (scale == 0)
        {
            c = 1.0;
            s = 0.0;
            r = 0.0;
            z = 0.0;
        }
        else
        {
            var ra = a / scale;
            var rb = b / scale;
            r = scale * Math.Sqrt(ra * ra + rb * rb);
            r = Sign(1.0, roe) * r;
            c = a / r;
            s = b / r;
            z = 1.0;
            if (Math.Abs(a) > Math.Abs(b))
            {
                z = s;
            }

            if (Math.Abs(b) >= Math.Abs(a) && c != 0)
            {
                z = 1.0 / c;
            }
        }

        a = r;
        b = z;
    }

    private static void SwapColumns(double[,] a, int ca, int cb, int rows)
    {
        for (var i = 1; i <= rows; i++)
        {
            (a[i, ca], a[i, cb]) = (a[i, cb], a[i, ca]);
        }
    }

    /// <summary>Fortran dsign: |a| with the sign of b.</summary>
    private static double Sign(double a, double b) => b >= 0 ? Math.Abs(a) : -Math.Abs(a);
}
