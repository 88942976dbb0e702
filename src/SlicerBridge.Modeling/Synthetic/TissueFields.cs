using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// The patient's random tissue patterns, in tumour-centred millimetres and shared by both phases (the same
/// tissue enhances in both): parenchymal mottling, intratumoural blotches, and the ragged edge of necrosis.
/// </summary>
internal sealed class TissueFields
{
    private TissueFields(LatticeField parenchyma, LatticeField tumour, LatticeField necrosis)
    {
        Parenchyma = parenchyma;
        Tumour = tumour;
        Necrosis = necrosis;
    }

    public LatticeField Parenchyma { get; }

    public LatticeField Tumour { get; }

    public LatticeField Necrosis { get; }

    public static TissueFields Create(SyntheticPatientSpec spec)
    {
        var random = SeedStream.Open(spec.Seed, StreamTag.Texture);
        var g = spec.Geometry;
        var far = g.IndexToPhysical(g.Size.X - 1, g.Size.Y - 1, g.Size.Z - 1);
        var shift = new Vec3(ScanProtocol.MaxShiftMm, ScanProtocol.MaxShiftMm, ScanProtocol.MaxShiftMm);
        var low = g.Origin - spec.TumourCentre - shift;
        var high = far - spec.TumourCentre + shift;
        var r = spec.Shape.BoundingRadius + 1;
        var tumourLow = new Vec3(-r, -r, -r);
        var tumourHigh = new Vec3(r, r, r);
        return new TissueFields(
            new LatticeField(random, low, high, new Vec3(12, 12, 12)),
            new LatticeField(random, tumourLow, tumourHigh, new Vec3(4, 4, 4)),
            new LatticeField(random, tumourLow, tumourHigh, new Vec3(6, 6, 6)));
    }
}
