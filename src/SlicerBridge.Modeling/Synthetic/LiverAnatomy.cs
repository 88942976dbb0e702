using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// What surrounds the tumour, in tumour-centred millimetres: a few vessels and the liver surface (a plane
/// beyond the tumour's margin, with perihepatic fat outside) that may or may not cross the cropped field.
/// </summary>
internal sealed record LiverAnatomy(Vessel[] Vessels, Vec3 SurfaceNormal, double SurfaceDistanceMm)
{
    public const double FatHu = -95;

    public static LiverAnatomy Draw(Random random, double tumourRadiusMm, Vec3 halfExtentMm, double liverArterialHu)
    {
        var vessels = new List<Vessel>();
        var wanted = random.Next(2, 5);
        for (var attempt = 0; attempt < 40 && vessels.Count < wanted; attempt++)
        {
            var point = new Vec3(
                random.Uniform(-halfExtentMm.X, halfExtentMm.X),
                random.Uniform(-halfExtentMm.Y, halfExtentMm.Y),
                random.Uniform(-halfExtentMm.Z, halfExtentMm.Z));
            var (x, y, z) = random.UnitVector();
            var direction = new Vec3(x, y, z);
            var radius = random.Uniform(1.5, 4.0);
            var vessel = new Vessel(point, direction, radius, liverArterialHu + random.Uniform(30, 60), random.Uniform(160, 190));
            // Vessels are displaced by HCC, not run through it: keep 3 mm of parenchyma in between.
            if (vessel.DistanceTo(default) > tumourRadiusMm + radius + 3)
            {
                vessels.Add(vessel);
            }
        }

        var (nx, ny, nz) = random.UnitVector();
        return new LiverAnatomy(vessels.ToArray(), new Vec3(nx, ny, nz), tumourRadiusMm + random.Uniform(15, 45));
    }
}
