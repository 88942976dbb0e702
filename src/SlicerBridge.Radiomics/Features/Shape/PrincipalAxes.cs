namespace SlicerBridge.Radiomics.Features.Shape;

/// <summary>
/// Eigenvalues of the population covariance (divided by N) of the ROI voxel centres in physical
/// coordinates (index × spacing, direction cosines ignored), as PyRadiomics' shape class computes them.
/// </summary>
/// <remarks>
/// The covariance is formed exactly from integer index moments, N·Σ(iⱼiₖ) − Σiⱼ·Σiₖ in 128-bit arithmetic,
/// and rounded once, so a flat ROI has an exactly zero variance across its plane. The eigenvalues come
/// from cyclic Jacobi rotations, accurate to rounding relative to the largest. The covariance is positive
/// semi-definite, so a negative eigenvalue can only be rounding and is set to 0. PyRadiomics does so
/// between −1e-10 and 0 and returns NaN below; its negative values come from rounding on flat ROIs,
/// where the exact covariance here gives an exact 0.
/// </remarks>
internal sealed class PrincipalAxes
{
    private PrincipalAxes(double least, double minor, double major)
    {
        Least = least;
        Minor = minor;
        Major = major;
    }

    /// <summary>Smallest eigenvalue, mm².</summary>
    public double Least { get; }

    /// <summary>Middle eigenvalue, mm².</summary>
    public double Minor { get; }

    /// <summary>Largest eigenvalue, mm².</summary>
    public double Major { get; }

    /// <param name="mask">The ROI mask; padding does not change the covariance.</param>
    /// <param name="spacing">Voxel spacing in mm in (z, y, x) order.</param>
    public static PrincipalAxes Compute(PaddedMask mask, ReadOnlySpan<double> spacing)
    {
        ArgumentNullException.ThrowIfNull(mask);

        // Index moments in (z, y, x) order: sums and the upper triangle of the sums of products.
        Span<long> sum = stackalloc long[3];
        Span<long> product = stackalloc long[6];
        long n = 0;
        var m = mask.Voxels;
        for (var z = 0; z < mask.Nz; z++)
        {
            for (var y = 0; y < mask.Ny; y++)
            {
                var row = mask.Index(0, y, z);
                for (var x = 0; x < mask.Nx; x++)
                {
                    if (m[row + x] == 0)
                    {
                        continue;
                    }

                    n++;
                    sum[0] += z;
                    sum[1] += y;
                    sum[2] += x;
                    product[0] += (long)z * z;
                    product[1] += (long)z * y;
                    product[2] += (long)z * x;
                    product[3] += (long)y * y;
                    product[4] += (long)y * x;
                    product[5] += (long)x * x;
                }
            }
        }

        if (n == 0)
        {
            throw new ArgumentException("the mask has no ROI voxels", nameof(mask));
        }

        Span<double> covariance = stackalloc double[9];
        var squaredCount = (double)((Int128)n * n);
        var p = 0;
        for (var j = 0; j < 3; j++)
        {
            for (var k = j; k < 3; k++, p++)
            {
                var scatter = (Int128)n * product[p] - (Int128)sum[j] * sum[k];
                covariance[3 * j + k] = covariance[3 * k + j] = (double)scatter / squaredCount * spacing[j] * spacing[k];
            }
        }

        Span<double> eigenvalues = stackalloc double[3];
        SymmetricEigenvalues(covariance, eigenvalues);
        eigenvalues.Sort();
        return new PrincipalAxes(Math.Max(0, eigenvalues[0]), Math.Max(0, eigenvalues[1]), Math.Max(0, eigenvalues[2]));
    }

    /// <summary>Eigenvalues of the symmetric 3×3 matrix <paramref name="a"/> (row-major, overwritten) by cyclic Jacobi.</summary>
    private static void SymmetricEigenvalues(Span<double> a, Span<double> eigenvalues)
    {
        const int maximumSweeps = 64;
        for (var sweep = 0; sweep < maximumSweeps; sweep++)
        {
            if (a[1] == 0 && a[2] == 0 && a[5] == 0)
            {
                break;
            }

            Rotate(a, 0, 1);
            Rotate(a, 0, 2);
            Rotate(a, 1, 2);
        }

        eigenvalues[0] = a[0];
        eigenvalues[1] = a[4];
        eigenvalues[2] = a[8];
    }

    /// <summary>Applies the Jacobi rotation that zeroes element (p, q).</summary>
    private static void Rotate(Span<double> a, int p, int q)
    {
        var apq = a[3 * p + q];
        var app = a[4 * p];
        var aqq = a[4 * q];

        // Below this the element changes the eigenvalues by less than rounding: drop it.
        if (Math.Abs(apq) <= 1e-18 * (Math.Abs(app) + Math.Abs(aqq)))
        {
            a[3 * p + q] = a[3 * q + p] = 0;
            return;
        }

        var theta = (aqq - app) / (2 * apq);
        // The smaller root of t² + 2θt − 1 = 0, the rotation by at most 45°; 1/(2θ) where θ² would overflow.
        var t = Math.Abs(theta) > 1e150
            ? 1 / (2 * theta)
            : (theta >= 0 ? 1 : -1) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
        var c = 1 / Math.Sqrt(t * t + 1);
        var s = t * c;
        a[4 * p] = app - t * apq;
        a[4 * q] = aqq + t * apq;
        a[3 * p + q] = a[3 * q + p] = 0;
        var r = 3 - p - q;
        var arp = a[3 * r + p];
        var arq = a[3 * r + q];
        a[3 * r + p] = a[3 * p + r] = c * arp - s * arq;
        a[3 * r + q] = a[3 * q + r] = s * arp + c * arq;
    }
}
