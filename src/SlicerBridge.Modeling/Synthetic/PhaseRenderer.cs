using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// Renders one contrast phase: liver, vessels, perihepatic fat and the tumour in HU, then scanner noise and
/// the reconstruction kernel's in-plane smoothing, quantised to int16. Also rasterises the tumour (the
/// reference segmentation) on the same grid.
/// </summary>
internal static class PhaseRenderer
{
    private const double ParenchymaMottleHu = 4;

    public static (short[] Hu, byte[] Tumour) Render(SyntheticPatientSpec spec, TissueFields fields, SyntheticPhase phase)
    {
        var g = spec.Geometry;
        var values = new float[g.VoxelCount];
        var tumour = new byte[g.VoxelCount];
        var shift = phase == SyntheticPhase.Venous ? spec.Protocol.VenousShiftMm : default;
        // Anatomy coordinates: millimetres from the tumour centre, after the phase's breath-hold shift.
        var corner = g.Origin - spec.TumourCentre - shift;
        var tumourReach = spec.Shape.BoundingRadius + 2;
        var edgeWidth = 0.5 * spec.Protocol.PixelSpacingMm / spec.Shape.MeanRadius;

        var i = 0;
        for (var z = 0; z < g.Size.Z; z++)
        {
            var qz = corner.Z + z * g.Spacing.Z;
            for (var y = 0; y < g.Size.Y; y++)
            {
                var qy = corner.Y + y * g.Spacing.Y;
                for (var x = 0; x < g.Size.X; x++, i++)
                {
                    var q = new Vec3(corner.X + x * g.Spacing.X, qy, qz);
                    var hu = Background(spec, fields, phase, q);
                    if (q.Dot(q) < tumourReach * tumourReach)
                    {
                        var rho = spec.Shape.NormalisedRadius(q);
                        if (rho < 1 + edgeWidth)
                        {
                            // Partial volume over about one voxel at the margin.
                            var inside = 1 - Smooth.Step(1 - edgeWidth, 1 + edgeWidth, rho);
                            hu = Smooth.Mix(hu, TumourHu(spec, fields, phase, q, rho), inside);
                            tumour[i] = rho < 1 ? (byte)1 : (byte)0;
                        }
                    }

                    values[i] = (float)hu;
                }
            }
        }

        var protocol = spec.Protocol;
        var w = protocol.SmoothingWeight;
        // The kernel shrinks white-noise variance by this factor per axis; draw noise so the result has the protocol's SD.
        var perAxis = (1 - 2 * w) * (1 - 2 * w) + 2 * w * w;
        SeedStream.Open(spec.Seed, StreamTag.Noise(phase)).AddGaussianNoise(values, protocol.NoiseSdHu / perAxis);
        InPlaneSmoothing.Apply(values, g.Size, w);
        return (Quantise(values), tumour);
    }

    private static double Background(SyntheticPatientSpec spec, TissueFields fields, SyntheticPhase phase, Vec3 q)
    {
        var arterial = phase == SyntheticPhase.Arterial;
        var mottle = ParenchymaMottleHu * fields.Parenchyma[q];
        var hu = (arterial ? spec.Protocol.LiverArterialHu : spec.Protocol.LiverVenousHu) + mottle;
        foreach (ref readonly var vessel in spec.Anatomy.Vessels.AsSpan())
        {
            var d = vessel.DistanceTo(q);
            if (d < vessel.RadiusMm + 1)
            {
                hu = Smooth.Mix(hu, arterial ? vessel.ArterialHu : vessel.VenousHu, 1 - Smooth.Step(vessel.RadiusMm - 0.5, vessel.RadiusMm + 0.5, d));
            }
        }

        var beyondSurface = q.Dot(spec.Anatomy.SurfaceNormal) - spec.Anatomy.SurfaceDistanceMm;
        if (beyondSurface > -1)
        {
            hu = Smooth.Mix(hu, LiverAnatomy.FatHu + 2 * mottle, Smooth.Step(-1, 1, beyondSurface));
        }

        return hu;
    }

    private static double TumourHu(SyntheticPatientSpec spec, TissueFields fields, SyntheticPhase phase, Vec3 q, double rho)
    {
        var p = spec.Phenotype;
        var texture = fields.Tumour[q];
        var periphery = Smooth.Step(0.55, 0.9, rho);
        double viable;
        if (phase == SyntheticPhase.Arterial)
        {
            // Arterial hyperenhancement; proliferative tumours enhance at the rim around a poorly perfused core.
            var rim = p.RimStrength * (35 * periphery - 25 * (1 - periphery));
            viable = spec.Protocol.LiverArterialHu + p.ArterialEnhancementHu + rim + p.ArterialHeterogeneityHu * texture;
        }
        else
        {
            // Portal-venous washout, a faint residual rim, and the enhancing capsule when present.
            var capsule = p.Capsule ? 18 * Smooth.Step(0.86, 0.93, rho) * (1 - Smooth.Step(0.98, 1.03, rho)) : 0;
            viable = spec.Protocol.LiverVenousHu - p.WashoutHu + 8 * p.RimStrength * periphery + capsule +
                0.4 * p.ArterialHeterogeneityHu * texture;
        }

        if (p.NecrosisRadius <= 0)
        {
            return viable;
        }

        var ragged = rho + 0.12 * fields.Necrosis[q];
        var necrotic = 1 - Smooth.Step(p.NecrosisRadius - 0.06, p.NecrosisRadius + 0.06, ragged);
        var necrosisHu = p.NecrosisHu + (phase == SyntheticPhase.Venous ? 3 : 0) + 3 * texture;
        return Smooth.Mix(viable, necrosisHu, necrotic);
    }

    private static short[] Quantise(ReadOnlySpan<float> values)
    {
        var result = new short[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = (short)Math.Clamp(MathF.Round(values[i]), -1024f, 3071f);
        }

        return result;
    }
}
