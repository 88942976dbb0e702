namespace SlicerBridge.Radiomics.Features.Texture;

/// <summary>
/// The GLCM and the per-angle coefficients its features share (PyRadiomics' <c>_calculateCoefficients</c>):
/// marginals p_x and p_y, means μ_x and μ_y, p_{x+y}(k) for k = 2..2Ng, p_{x-y}(k) for k = 0..Ng-1 and the
/// joint entropy HXY. Arrays are angle-major.
/// </summary>
public sealed class GlcmState
{
    /// <summary>numpy.spacing(1), added inside every logarithm.</summary>
    public const double Eps = 2.220446049250313e-16;

    internal GlcmState(GlcmMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        Matrix = matrix;
        var g = matrix.LevelCount;
        var ng = matrix.MaxLevel;
        var na = matrix.AngleCount;
        var levels = matrix.GrayLevels;
        Px = new double[na * g];
        Py = new double[na * g];
        Ux = new double[na];
        Uy = new double[na];
        SumCount = 2 * ng - 1;
        PxPlusY = new double[na * SumCount];
        PxMinusY = new double[na * ng];
        Hxy = new double[na];
        for (var a = 0; a < na; a++)
        {
            var p = matrix.Angle(a);
            var px = Px.AsSpan(a * g, g);
            var py = Py.AsSpan(a * g, g);
            var sum = PxPlusY.AsSpan(a * SumCount, SumCount);
            var diff = PxMinusY.AsSpan(a * ng, ng);
            double ux = 0, uy = 0, hxy = 0;
            for (var i = 0; i < g; i++)
            {
                for (var j = 0; j < g; j++)
                {
                    var v = p[i * g + j];
                    px[i] += v;
                    py[j] += v;
                    ux += v * levels[i];
                    uy += v * levels[j];
                    hxy += v * Math.Log2(v + Eps);
                    sum[(int)(levels[i] + levels[j]) - 2] += v;
                    diff[(int)Math.Abs(levels[i] - levels[j])] += v;
                }
            }

            Ux[a] = ux;
            Uy[a] = uy;
            Hxy[a] = -hxy;
        }
    }

    public GlcmMatrix Matrix { get; }

    public int AngleCount => Matrix.AngleCount;

    public int LevelCount => Matrix.LevelCount;

    public double[] Px { get; }

    public double[] Py { get; }

    public double[] Ux { get; }

    public double[] Uy { get; }

    /// <summary>Length of each angle's p_{x+y} block: 2Ng - 1 (k = 2..2Ng).</summary>
    public int SumCount { get; }

    public double[] PxPlusY { get; }

    /// <summary>p_{x-y}(k), k = 0..Ng-1, Ng values per angle.</summary>
    public double[] PxMinusY { get; }

    public double[] Hxy { get; }

    public ReadOnlySpan<double> PxOf(int a) => Px.AsSpan(a * LevelCount, LevelCount);

    public ReadOnlySpan<double> PyOf(int a) => Py.AsSpan(a * LevelCount, LevelCount);

    public ReadOnlySpan<double> SumOf(int a) => PxPlusY.AsSpan(a * SumCount, SumCount);

    public ReadOnlySpan<double> DiffOf(int a) => PxMinusY.AsSpan(a * Matrix.MaxLevel, Matrix.MaxLevel);

    /// <summary>Evaluates <paramref name="perAngle"/> on every angle and averages with nanmean.</summary>
    internal double AverageOverAngles(Func<GlcmState, int, double> perAngle) =>
        AngleAverage.NanMeanOver(this, AngleCount, perAngle);
}
