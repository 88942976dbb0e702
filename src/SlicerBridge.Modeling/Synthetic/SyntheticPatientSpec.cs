using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// Everything drawn for one synthetic patient before any voxel is rendered: clinical values, scan protocol,
/// tumour phenotype and shape, surrounding anatomy and the image grid. Same id, seed and class give the
/// same specification.
/// </summary>
public sealed class SyntheticPatientSpec
{
    /// <summary>Tumour margin kept inside the crop (mm), before the random extra.</summary>
    public const double MinimumMarginMm = 15;

    private SyntheticPatientSpec(string id, int seed, bool proliferative, double afpNgMl, int ageYears, bool sexMale,
        ScanProtocol protocol, TumourPhenotype phenotype, TumourShape shape, LiverAnatomy anatomy, Vec3 tumourCentre,
        ImageGeometry geometry)
    {
        Id = id;
        Seed = seed;
        Proliferative = proliferative;
        AfpNgMl = afpNgMl;
        AgeYears = ageYears;
        SexMale = sexMale;
        Protocol = protocol;
        Phenotype = phenotype;
        Shape = shape;
        Anatomy = anatomy;
        TumourCentre = tumourCentre;
        Geometry = geometry;
    }

    public string Id { get; }

    /// <summary>The patient's own seed; every random stream of the patient derives from it.</summary>
    public int Seed { get; }

    public bool Proliferative { get; }

    public double AfpNgMl { get; }

    public int AgeYears { get; }

    public bool SexMale { get; }

    public ScanProtocol Protocol { get; }

    public TumourPhenotype Phenotype { get; }

    /// <summary>Arterial-phase tumour centre in LPS millimetres (PVP is displaced by <see cref="ScanProtocol.VenousShiftMm"/>).</summary>
    public Vec3 TumourCentre { get; }

    /// <summary>The grid both phases share.</summary>
    public ImageGeometry Geometry { get; }

    internal TumourShape Shape { get; }

    internal LiverAnatomy Anatomy { get; }

    /// <param name="id">Case identifier (letters, digits, '-' and '_').</param>
    /// <param name="seed">The patient's seed.</param>
    /// <param name="proliferative">The class to draw the phenotype for.</param>
    /// <param name="afpNgMl">A fixed AFP; drawn from the class's distribution when null.</param>
    public static SyntheticPatientSpec Draw(string id, int seed, bool proliferative, double? afpNgMl = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        // The id names a folder and a CSV cell: keep it to characters that need no escaping anywhere.
        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new InvalidInputException("patient id must be non-empty and hold only letters, digits, '-' and '_'", "patient id");
        }

        if (afpNgMl is { } fixedAfp && !(fixedAfp > 0 && double.IsFinite(fixedAfp)))
        {
            throw new InvalidInputException("AFP must be a positive number of ng/mL", "AFP");
        }

        var random = SeedStream.Open(seed, StreamTag.Specification);
        var afp = ClinicalModel.DrawAfp(random, proliferative);
        var age = ClinicalModel.DrawAge(random);
        var male = ClinicalModel.DrawSexMale(random);
        var protocol = ScanProtocol.Draw(random);
        var phenotype = TumourPhenotype.Draw(random, proliferative);
        var shape = TumourShape.Draw(random, phenotype.DiameterMm, phenotype.Irregularity);

        // The crop: tumour, at least 15 mm of liver around it, and room for the venous-phase shift.
        var margin = MinimumMarginMm + random.Uniform(0, 4);
        var shift = protocol.VenousShiftMm;
        var half = shape.BoundingRadius + margin + Math.Max(Math.Abs(shift.X), Math.Max(Math.Abs(shift.Y), Math.Abs(shift.Z)));
        var spacing = new Vec3(protocol.PixelSpacingMm, protocol.PixelSpacingMm, protocol.SliceThicknessMm);
        var size = new Size3(VoxelsAcross(half, spacing.X), VoxelsAcross(half, spacing.Y), VoxelsAcross(half, spacing.Z));
        // The tumour sits off-centre by up to the extra margin, so the minimum margin still holds.
        var slack = margin - MinimumMarginMm;
        var offset = new Vec3(random.Uniform(-slack, slack), random.Uniform(-slack, slack), random.Uniform(-slack, slack));
        // Right lobe, mid abdomen, in LPS: patient's right is -x, anterior is -y, superior is +z.
        var centre = new Vec3(random.Uniform(-140, -70), random.Uniform(-30, 50), random.Uniform(-110, -30));
        var boxCentre = centre - offset;
        var origin = new Vec3(
            boxCentre.X - (size.X - 1) / 2.0 * spacing.X,
            boxCentre.Y - (size.Y - 1) / 2.0 * spacing.Y,
            boxCentre.Z - (size.Z - 1) / 2.0 * spacing.Z);
        var geometry = new ImageGeometry(size, spacing, origin, Matrix3.Identity);

        var halfExtent = new Vec3(half, half, half) + new Vec3(Math.Abs(offset.X), Math.Abs(offset.Y), Math.Abs(offset.Z));
        var anatomy = LiverAnatomy.Draw(random, shape.BoundingRadius, halfExtent, protocol.LiverArterialHu);
        return new SyntheticPatientSpec(id, seed, proliferative, afpNgMl ?? afp, age, male, protocol, phenotype, shape, anatomy, centre, geometry);
    }

    private static int VoxelsAcross(double halfExtentMm, double spacing) => (int)Math.Ceiling(2 * halfExtentMm / spacing) + 1;
}
