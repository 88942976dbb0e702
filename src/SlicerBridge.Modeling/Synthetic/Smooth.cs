namespace SlicerBridge.Modeling.Synthetic;

/// <summary>Small scalar helpers for soft boundaries.</summary>
internal static class Smooth
{
    /// <summary>Hermite step: 0 below <paramref name="edge0"/>, 1 above <paramref name="edge1"/>, smooth between.</summary>
    public static double Step(double edge0, double edge1, double x)
    {
        var t = Math.Clamp((x - edge0) / (edge1 - edge0), 0.0, 1.0);
        return t * t * (3 - 2 * t);
    }

    public static double Mix(double a, double b, double t) => a + (b - a) * t;
}
