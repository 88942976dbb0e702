namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// Eigenvalues of a small dense symmetric matrix (Householder reduction to tridiagonal form, then the
/// implicit QL iteration with Wilkinson shifts), and one eigenvector by inverse iteration. Only what MCC
/// needs: all eigenvalues, a single vector, no allocation beyond the work arrays.
/// </summary>
internal static class SymmetricEigen
{
    private const int MaxIterations = 60;

    /// <summary>The eigenvalues of the n×n row-major symmetric <paramref name="a"/> (overwritten), ascending.</summary>
    public static double[] Eigenvalues(double[] a, int n)
    {
        var d = new double[n];
        var e = new double[n];
        Tridiagonalize(a, n, d, e);
        TridiagonalQl(d, e);
        Array.Sort(d);
        return d;
    }

    /// <summary>
    /// A unit eigenvector of the symmetric <paramref name="s"/> for the eigenvalue <paramref name="lambda"/>
    /// (which must be accurate), by two steps of inverse iteration.
    /// </summary>
    public static double[] Eigenvector(ReadOnlySpan<double> s, int n, double lambda)
    {
        var lu = new double[n * n];
        s.CopyTo(lu);
        var scale = 0.0;
        for (var i = 0; i < n; i++)
        {
            lu[i * n + i] -= lambda;
            for (var j = 0; j < n; j++)
            {
                scale = Math.Max(scale, Math.Abs(s[i * n + j]));
            }
        }

        var pivots = Factor(lu, n, Math.Max(scale, double.Epsilon) * 1e-14);
        var v = new double[n];
        for (var i = 0; i < n; i++)
        {
            v[i] = 1.0 / Math.Sqrt(n) * (1 + 0.1 * Math.Sin(i + 1));
        }

        for (var step = 0; step < 2; step++)
        {
            Solve(lu, pivots, n, v);
            var norm = 0.0;
            foreach (var x in v)
            {
                norm += x * x;
            }

            norm = Math.Sqrt(norm);
            for (var i = 0; i < n; i++)
            {
                v[i] /= norm;
            }
        }

        return v;
    }

    // Householder reduction; d receives the diagonal, e the sub-diagonal in e[1..n-1].
    private static void Tridiagonalize(double[] a, int n, double[] d, double[] e)
    {
        for (var i = n - 1; i > 0; i--)
        {
            var l = i - 1;
            var h = 0.0;
            if (l > 0)
            {
                var scale = 0.0;
                for (var k = 0; k <= l; k++)
                {
                    scale += Math.Abs(a[i * n + k]);
                }

                if (scale == 0)
                {
                    e[i] = a[i * n + l];
                }
                else
                {
                    for (var k = 0; k <= l; k++)
                    {
                        a[i * n + k] /= scale;
                        h += a[i * n + k] * a[i * n + k];
                    }

                    var f = a[i * n + l];
                    var g = f >= 0 ? -Math.Sqrt(h) : Math.Sqrt(h);
                    e[i] = scale * g;
                    h -= f * g;
                    a[i * n + l] = f - g;
                    f = 0;
                    for (var j = 0; j <= l; j++)
                    {
                        g = 0;
                        for (var k = 0; k <= j; k++)
                        {
                            g += a[j * n + k] * a[i * n + k];
                        }

                        for (var k = j + 1; k <= l; k++)
                        {
                            g += a[k * n + j] * a[i * n + k];
                        }

                        e[j] = g / h;
                        f += e[j] * a[i * n + j];
                    }

                    var hh = f / (h + h);
                    for (var j = 0; j <= l; j++)
                    {
                        f = a[i * n + j];
                        g = e[j] - hh * f;
                        e[j] = g;
                        for (var k = 0; k <= j; k++)
                        {
                            a[j * n + k] -= f * e[k] + g * a[i * n + k];
                        }
                    }
                }
            }
            else
            {
                e[i] = a[i * n + l];
            }
        }

        e[0] = 0;
        for (var i = 0; i < n; i++)
        {
            d[i] = a[i * n + i];
        }
    }

    // Implicit QL on the tridiagonal (d, e[1..n-1]); d receives the eigenvalues.
    private static void TridiagonalQl(double[] d, double[] e)
    {
        var n = d.Length;
        for (var i = 1; i < n; i++)
        {
            e[i - 1] = e[i];
        }

        e[n - 1] = 0;
        for (var l = 0; l < n; l++)
        {
            var iterations = 0;
            int m;
            do
            {
                for (m = l; m < n - 1; m++)
                {
                    var dd = Math.Abs(d[m]) + Math.Abs(d[m + 1]);
                    if (Math.Abs(e[m]) <= double.Epsilon * 2 || Math.Abs(e[m]) + dd == dd)
                    {
                        break;
                    }
                }

                if (m == l)
                {
                    continue;
                }

                if (++iterations > MaxIterations)
                {
                    throw new InvalidOperationException("symmetric eigenvalue iteration did not converge");
                }

                var g = (d[l + 1] - d[l]) / (2 * e[l]);
                var r = Hypot(g, 1);
                g = d[m] - d[l] + e[l] / (g + (g >= 0 ? Math.Abs(r) : -Math.Abs(r)));
                double s = 1, c = 1, p = 0;
                var deflated = false;
                for (var i = m - 1; i >= l; i--)
                {
                    var f = s * e[i];
                    var b = c * e[i];
                    r = Hypot(f, g);
                    e[i + 1] = r;
                    if (r == 0)
                    {
                        d[i + 1] -= p;
                        e[m] = 0;
                        deflated = true;
                        break;
                    }

                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - p;
                    r = (d[i] - g) * s + 2 * c * b;
                    p = s * r;
                    d[i + 1] = g + p;
                    g = c * r - b;
                }

                if (deflated)
                {
                    continue;
                }

                d[l] -= p;
                e[l] = g;
                e[m] = 0;
            }
            while (m != l);
        }
    }

    private static double Hypot(double a, double b)
    {
        double x = Math.Abs(a), y = Math.Abs(b);
        if (x < y)
        {
            (x, y) = (y, x);
        }

        if (x == 0)
        {
            return 0;
        }

        var t = y / x;
        return x * Math.Sqrt(1 + t * t);
    }

    // LU with partial pivoting in place; pivots too small for the scale are replaced by it, which inverse
    // iteration needs (the shifted matrix is singular up to rounding).
    private static int[] Factor(double[] lu, int n, double tiny)
    {
        var pivots = new int[n];
        for (var k = 0; k < n; k++)
        {
            var pivot = k;
            for (var i = k + 1; i < n; i++)
            {
                if (Math.Abs(lu[i * n + k]) > Math.Abs(lu[pivot * n + k]))
                {
                    pivot = i;
                }
            }

            pivots[k] = pivot;
            if (pivot != k)
            {
                for (var j = 0; j < n; j++)
                {
                    (lu[k * n + j], lu[pivot * n + j]) = (lu[pivot * n + j], lu[k * n + j]);
                }
            }

            if (Math.Abs(lu[k * n + k]) < tiny)
            {
                lu[k * n + k] = tiny;
            }

            for (var i = k + 1; i < n; i++)
            {
                var factor = lu[i * n + k] / lu[k * n + k];
                lu[i * n + k] = factor;
                for (var j = k + 1; j < n; j++)
                {
                    lu[i * n + j] -= factor * lu[k * n + j];
                }
            }
        }

        return pivots;
    }

    private static void Solve(double[] lu, int[] pivots, int n, double[] b)
    {
        for (var k = 0; k < n; k++)
        {
            (b[k], b[pivots[k]]) = (b[pivots[k]], b[k]);
        }

        for (var i = 0; i < n; i++)
        {
            for (var k = 0; k < i; k++)
            {
                b[i] -= lu[i * n + k] * b[k];
            }
        }

        for (var i = n - 1; i >= 0; i--)
        {
            for (var k = i + 1; k < n; k++)
            {
                b[i] -= lu[i * n + k] * b[k];
            }

            b[i] /= lu[i * n + i];
        }
    }
}
