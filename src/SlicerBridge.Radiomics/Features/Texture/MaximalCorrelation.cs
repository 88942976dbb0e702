using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// GLCM MCC: the square root of the second-largest eigenvalue of
/// Q(i, j) = Σ_k p(i,k) p(j,k) / (p_x(i) p_y(k) + ε), per angle, then nanmean.
/// </summary>
/// <remarks>
/// Q is similar to a positive semi-definite matrix (ε aside), so its eigenvalues are real and the largest
/// is 1. PyRadiomics takes them from numpy's general eigenvalue solver, sorts them and keeps the
/// second-largest; with a single grey level there is no second one and MCC is 1. Should rounding make the
/// second-largest slightly negative, numpy's real square root gives NaN and nanmean drops that angle,
/// which is reproduced here.
/// </remarks>
internal static class MaximalCorrelation
{
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

        var g = s.LevelCount;
        if (g < 2)
        {
            return 1;
        }

        var q = Matrix<double>.Build.Dense(g, g);
        var eigenvalues = new double[g];
        Span<double> perAngle = s.AngleCount <= 64 ? stackalloc double[s.AngleCount] : new double[s.AngleCount];
        for (var a = 0; a < s.AngleCount; a++)
        {
            Fill(q, s, a);
            var complex = q.Evd(Symmetricity.Asymmetric).EigenValues;
            for (var k = 0; k < g; k++)
            {
                eigenvalues[k] = complex[k].Real;
            }

            Array.Sort(eigenvalues);
            perAngle[a] = Math.Sqrt(eigenvalues[g - 2]);
        }

        return AngleAverage.NanMean(perAngle);
    }

    private static void Fill(Matrix<double> q, GlcmState s, int a)
    {
        var p = s.Matrix.Angle(a);
        var px = s.PxOf(a);
        var py = s.PyOf(a);
        var g = s.LevelCount;
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
    }
}
