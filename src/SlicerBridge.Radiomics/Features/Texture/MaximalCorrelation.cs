using MathNet.Numerics.LinearAlgebra;

namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// GLCM MCC: the square root of the second-largest eigenvalue of
/// Q(i, j) = Σ_k p(i,k) p(j,k) / (p_x(i) p_y(k) + ε), per angle, then nanmean.
/// </summary>
/// <remarks>
/// <para>
/// PyRadiomics hands Q to numpy's general (non-symmetric) eigenvalue solver. Without the ε, Q is
/// D⁻¹A with D = diag(p_x) and A = P diag(1/p_y) Pᵀ symmetric, so it has the eigenvalues of the symmetric
/// S = D^-½ A D^-½ = B Bᵀ, B(i,k) = p(i,k) / √(p_x(i) p_y(k)): real, non-negative, the largest 1. Here S is
/// solved with a symmetric solver (an order of magnitude faster than a general one for 60 grey levels),
/// and the ε is put back as a first-order correction of the second-largest eigenvalue λ:
/// δλ = yᵀ E x with right vector x = D^-½ v, left vector y = D^½ v (v the unit eigenvector of S) and
/// E = Q - D⁻¹A, i.e. E(i,j) = -Σ_k p(i,k) p(j,k) ε / (q (q + ε)), q = p_x(i) p_y(k). The correction is
/// at most about 1e-6 relative (pairs of rare grey levels). First-order perturbation needs λ to stand
/// apart from its neighbours: when it does not (typically eigenvalue 1 repeated because the grey levels
/// fall into groups that never neighbour each other, which ε then splits by ~1e-11), Q itself goes to a
/// general eigenvalue solver as in PyRadiomics. Against PyRadiomics' baselines MCC agrees to 1e-12.
/// </para>
/// <para>
/// A grey level without pairs in an angle has a zero row and column in Q, hence an eigenvalue 0 there;
/// it is kept among the eigenvalues as numpy would. With a single grey level there is no second
/// eigenvalue and MCC is 1. A second-largest eigenvalue that rounding makes negative has no real root:
/// numpy gives NaN and nanmean drops the angle, as here.
/// </para>
/// </remarks>
internal static class MaximalCorrelation
{
    // Below this gap to a neighbouring eigenvalue, λ is taken as repeated.
    private const double RepeatedEigenvalueGap = 1e-6;

    public static double Compute(GlcmState s)
    {
        ArgumentNullException.ThrowIfNull(s);
        foreach (var v in s.Matrix.Probabilities)
        {
            if (double.IsNaN(v))
            {
                return double.NaN;
            }
        }

        if (s.LevelCount < 2)
        {
            return 1;
        }

        return s.AverageOverAngles(static (s, a) => Math.Sqrt(SecondLargestEigenvalue(s, a)));
    }

    private static double SecondLargestEigenvalue(GlcmState s, int a)
    {
        var p = s.Matrix.Angle(a);
        var px = s.PxOf(a);
        var py = s.PyOf(a);
        var g = s.LevelCount;

        // Rows with p_x = 0 contribute eigenvalues 0; the rest form S.
        var rows = new List<int>(g);
        for (var i = 0; i < g; i++)
        {
            if (px[i] != 0)
            {
                rows.Add(i);
            }
        }

        var n = rows.Count;
        var b = new double[n * g];
        for (var r = 0; r < n; r++)
        {
            var i = rows[r];
            for (var k = 0; k < g; k++)
            {
                b[r * g + k] = py[k] == 0 ? 0 : p[i * g + k] / Math.Sqrt(px[i] * py[k]);
            }
        }

        var symmetric = new double[n * n];
        for (var r = 0; r < n; r++)
        {
            for (var c = 0; c <= r; c++)
            {
                var sum = 0.0;
                for (var k = 0; k < g; k++)
                {
                    sum += b[r * g + k] * b[c * g + k];
                }

                symmetric[r * n + c] = sum;
                symmetric[c * n + r] = sum;
            }
        }

        var values = SymmetricEigen.Eigenvalues((double[])symmetric.Clone(), n);
        var zeros = g - n;
        if (zeros > 0 && (n < 2 || values[n - 2] < 0))
        {
            // The second largest of all g eigenvalues is an exact zero of a pair-less grey level.
            return 0;
        }

        var lambda = values[n - 2];
        var separated = values[n - 1] - lambda > RepeatedEigenvalueGap
            && (n < 3 || lambda - values[n - 3] > RepeatedEigenvalueGap);
        return separated
            ? lambda + EpsilonCorrection(s, a, rows, SymmetricEigen.Eigenvector(symmetric, n, lambda))
            : SecondLargestOfQ(s, a);
    }

    // PyRadiomics' own route: Q with its ε, numpy-style general eigenvalues, real parts sorted.
    private static double SecondLargestOfQ(GlcmState s, int a)
    {
        var p = s.Matrix.Angle(a);
        var px = s.PxOf(a);
        var py = s.PyOf(a);
        var g = s.LevelCount;
        var q = Matrix<double>.Build.Dense(g, g);
        for (var i = 0; i < g; i++)
        {
            for (var j = 0; j < g; j++)
            {
                var sum = 0.0;
                for (var k = 0; k < g; k++)
                {
                    sum += p[i * g + k] * p[j * g + k] / (px[i] * py[k] + GlcmState.Eps);
                }

                q[i, j] = sum;
            }
        }

        var eigenvalues = q.Evd(Symmetricity.Asymmetric).EigenValues.Select(v => v.Real).ToArray();
        Array.Sort(eigenvalues);
        return eigenvalues[g - 2];
    }

    // yᵀ E x = Σ_k [Σ_i v_i √p_x(i) p(i,k) f(i,k)] [Σ_j p(j,k) v_j / √p_x(j)], f(i,k) = -ε / (q (q + ε)).
    private static double EpsilonCorrection(GlcmState s, int a, List<int> rows, double[] v)
    {
        var p = s.Matrix.Angle(a);
        var px = s.PxOf(a);
        var py = s.PyOf(a);
        var g = s.LevelCount;
        var correction = 0.0;
        for (var k = 0; k < g; k++)
        {
            if (py[k] == 0)
            {
                continue;
            }

            double left = 0, right = 0;
            for (var r = 0; r < rows.Count; r++)
            {
                var i = rows[r];
                var pik = p[i * g + k];
                if (pik == 0)
                {
                    continue;
                }

                var q = px[i] * py[k];
                var root = Math.Sqrt(px[i]);
                left += v[r] * root * pik * (-GlcmState.Eps / (q * (q + GlcmState.Eps)));
                right += pik * v[r] / root;
            }

            correction += left * right;
        }

        return correction;
    }
}
