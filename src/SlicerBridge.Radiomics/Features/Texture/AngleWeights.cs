using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// The per-angle weights PyRadiomics applies before summing the angle matrices into one when
/// <c>weightingNorm</c> is set. Distances are in mm: each offset component times the spacing of its axis.
/// </summary>
internal static class AngleWeights
{
    /// <summary>GLCM: e^(-‖d‖²) in the chosen norm, 1 for <c>no_weighting</c>.</summary>
    public static double Glcm(AngleOffset a, Vec3 spacing, WeightingNorm norm)
    {
        var (x, y, z) = Millimetres(a, spacing);
        return norm switch
        {
            WeightingNorm.Infinity => Math.Exp(-Square(Math.Max(Math.Max(z, y), x))),
            WeightingNorm.Euclidean => Math.Exp(-(z * z + y * y + x * x)),
            WeightingNorm.Manhattan => Math.Exp(-Square(z + y + x)),
            WeightingNorm.NoWeighting => 1,
            _ => throw new ArgumentOutOfRangeException(nameof(norm), norm, "no weighting norm selected"),
        };
    }

    /// <summary>GLRLM: ‖d‖ itself in the chosen norm, 1 for <c>no_weighting</c>.</summary>
    public static double Glrlm(AngleOffset a, Vec3 spacing, WeightingNorm norm)
    {
        var (x, y, z) = Millimetres(a, spacing);
        return norm switch
        {
            WeightingNorm.Infinity => Math.Max(Math.Max(z, y), x),
            WeightingNorm.Euclidean => Math.Sqrt(z * z + y * y + x * x),
            WeightingNorm.Manhattan => z + y + x,
            WeightingNorm.NoWeighting => 1,
            _ => throw new ArgumentOutOfRangeException(nameof(norm), norm, "no weighting norm selected"),
        };
    }

    /// <summary>Σ_a w_a M_a over the angle blocks of <paramref name="perAngle"/>: the single merged matrix.</summary>
    public static double[] Merge(double[] perAngle, int block, AngleOffset[] angles, Func<AngleOffset, double> weight)
    {
        var merged = new double[block];
        for (var a = 0; a < angles.Length; a++)
        {
            var w = weight(angles[a]);
            var m = perAngle.AsSpan(a * block, block);
            for (var k = 0; k < block; k++)
            {
                merged[k] += m[k] * w;
            }
        }

        return merged;
    }

    private static (double X, double Y, double Z) Millimetres(AngleOffset a, Vec3 spacing) =>
        (Math.Abs(a.Dx) * spacing.X, Math.Abs(a.Dy) * spacing.Y, Math.Abs(a.Dz) * spacing.Z);

    private static double Square(double v) => v * v;
}
