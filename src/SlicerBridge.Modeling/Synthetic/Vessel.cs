using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>A straight hepatic or portal vein branch: a cylinder through the liver that misses the tumour.</summary>
internal readonly record struct Vessel(Vec3 Point, Vec3 Direction, double RadiusMm, double ArterialHu, double VenousHu)
{
    /// <summary>Distance (mm) from the vessel's axis.</summary>
    public double DistanceTo(Vec3 q)
    {
        var d = q - Point;
        var along = d.Dot(Direction);
        return Math.Sqrt(Math.Max(d.Dot(d) - along * along, 0));
    }
}
