using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// A lobulated ellipsoid: a rotated ellipsoid whose radius is modulated by von Mises-Fisher bumps on the
/// sphere, a few broad ones (lobulation) and many narrow ones (a non-smooth margin). Scaled so that its
/// longest diameter is the drawn tumour size.
/// </summary>
internal sealed class TumourShape
{
    private const int BroadLobes = 6;
    private const double BroadConcentration = 4;
    private const int NarrowBumps = 14;
    private const double NarrowConcentration = 30;
    private const double MinimumRadiusFactor = 0.45;
    private static readonly Vec3[] SphereSamples = FibonacciSphere(720);

    private readonly Matrix3 _toTumour;
    private readonly Vec3 _semiAxes;
    private readonly Bump[] _bumps;

    private TumourShape(Matrix3 toTumour, Vec3 semiAxes, Bump[] bumps, double boundingRadius)
    {
        _toTumour = toTumour;
        _semiAxes = semiAxes;
        _bumps = bumps;
        BoundingRadius = boundingRadius;
    }

    /// <summary>No point of the tumour is farther than this from its centre (mm).</summary>
    public double BoundingRadius { get; }

    /// <summary>The geometric mean semi-axis (mm), the scale for soft edges.</summary>
    public double MeanRadius => Math.Cbrt(_semiAxes.X * _semiAxes.Y * _semiAxes.Z);

    /// <param name="random">Draws orientation, elongation and bumps.</param>
    /// <param name="diameterMm">Longest diameter of the result.</param>
    /// <param name="irregularity">Bump amplitude (fraction of the radius); about 0.1 is smooth, 0.25 clearly lobulated.</param>
    public static TumourShape Draw(Random random, double diameterMm, double irregularity)
    {
        var toTumour = RandomRotation(random).Transpose();
        var axes = new Vec3(1, random.Uniform(0.72, 1.0), random.Uniform(0.65, 1.0));
        var bumps = new Bump[BroadLobes + NarrowBumps];
        for (var i = 0; i < bumps.Length; i++)
        {
            var broad = i < BroadLobes;
            var (x, y, z) = random.UnitVector();
            var amplitude = broad ? irregularity * random.Uniform(0.3, 1.0) : irregularity * random.Uniform(-0.7, 0.7);
            bumps[i] = Bump.Create(new Vec3(x, y, z), amplitude, broad ? BroadConcentration : NarrowConcentration);
        }

        var unit = new TumourShape(toTumour, axes, bumps, 0);
        var (longestDiameter, farthest) = unit.Extent();
        var scale = diameterMm / longestDiameter;
        // Margin over the sampled maximum: a bump peak can fall between sample directions.
        return new TumourShape(toTumour, scale * axes, bumps, 1.05 * scale * farthest);
    }

    /// <summary>
    /// Distance from the centre relative to the surface along the same direction: below 1 inside, 1 on the
    /// surface. <paramref name="offset"/> is the point minus the tumour centre, in LPS millimetres.
    /// </summary>
    public double NormalisedRadius(Vec3 offset)
    {
        var u = _toTumour * offset;
        var e = new Vec3(u.X / _semiAxes.X, u.Y / _semiAxes.Y, u.Z / _semiAxes.Z);
        var r = e.Norm;
        return r == 0 ? 0 : r / RadiusFactor((1 / r) * e);
    }

    private double RadiusFactor(Vec3 direction)
    {
        var factor = 1.0;
        foreach (var bump in _bumps)
        {
            factor += bump.Amplitude * (Math.Exp(bump.Concentration * (direction.Dot(bump.Direction) - 1)) - bump.SphereMean);
        }

        return Math.Max(factor, MinimumRadiusFactor);
    }

    private (double LongestDiameter, double Farthest) Extent()
    {
        var longest = 0.0;
        var farthest = 0.0;
        foreach (var d in SphereSamples)
        {
            var forward = SurfaceDistance(d);
            var backward = SurfaceDistance(-1 * d);
            longest = Math.Max(longest, forward + backward);
            farthest = Math.Max(farthest, forward);
        }

        return (longest, farthest);
    }

    /// <summary>Distance (mm) from the centre to the surface along a direction given in the tumour's own frame.</summary>
    private double SurfaceDistance(Vec3 normalisedDirection) =>
        RadiusFactor(normalisedDirection) *
        new Vec3(normalisedDirection.X * _semiAxes.X, normalisedDirection.Y * _semiAxes.Y, normalisedDirection.Z * _semiAxes.Z).Norm;

    private static Matrix3 RandomRotation(Random random)
    {
        // A normalised 4-vector of normal deviates is a uniformly random rotation quaternion.
        double w = random.Gaussian(), x = random.Gaussian(), y = random.Gaussian(), z = random.Gaussian();
        var n = Math.Sqrt(w * w + x * x + y * y + z * z);
        w /= n; x /= n; y /= n; z /= n;
        return new Matrix3(
            1 - 2 * (y * y + z * z), 2 * (x * y - w * z), 2 * (x * z + w * y),
            2 * (x * y + w * z), 1 - 2 * (x * x + z * z), 2 * (y * z - w * x),
            2 * (x * z - w * y), 2 * (y * z + w * x), 1 - 2 * (x * x + y * y));
    }

    private static Vec3[] FibonacciSphere(int count)
    {
        var golden = Math.PI * (3 - Math.Sqrt(5));
        var points = new Vec3[count];
        for (var i = 0; i < count; i++)
        {
            var z = 1 - (2 * i + 1.0) / count;
            var r = Math.Sqrt(1 - z * z);
            points[i] = new Vec3(r * Math.Cos(golden * i), r * Math.Sin(golden * i), z);
        }

        return points;
    }

    /// <param name="SphereMean">The kernel's mean over the sphere, subtracted so bumps reshape the tumour without inflating it.</param>
    private readonly record struct Bump(Vec3 Direction, double Amplitude, double Concentration, double SphereMean)
    {
        public static Bump Create(Vec3 direction, double amplitude, double concentration) =>
            new(direction, amplitude, concentration, (1 - Math.Exp(-2 * concentration)) / (2 * concentration));
    }
}
