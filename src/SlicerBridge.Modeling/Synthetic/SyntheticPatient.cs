using SlicerBridge.Imaging;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// One synthetic patient in memory: arterial and portal-venous int16 HU volumes on a shared LPS grid, and
/// tumour masks (label 1) per phase from reader A, reader B and reader A's repeat read.
/// </summary>
public sealed class SyntheticPatient
{
    private const double ReaderBThreshold = 0.35;
    private const double RepeatThreshold = 0.6;

    private readonly byte[] _arterialTumour;
    private readonly byte[] _venousTumour;

    private SyntheticPatient(SyntheticPatientSpec spec, ImageVolume arterial, ImageVolume venous, byte[] arterialTumour, byte[] venousTumour)
    {
        Spec = spec;
        Arterial = arterial;
        Venous = venous;
        _arterialTumour = arterialTumour;
        _venousTumour = venousTumour;
    }

    public SyntheticPatientSpec Spec { get; }

    public ImageVolume Arterial { get; }

    public ImageVolume Venous { get; }

    public static SyntheticPatient Generate(SyntheticPatientSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var fields = TissueFields.Create(spec);
        var (arterial, arterialTumour) = PhaseRenderer.Render(spec, fields, SyntheticPhase.Arterial);
        var (venous, venousTumour) = PhaseRenderer.Render(spec, fields, SyntheticPhase.Venous);
        return new SyntheticPatient(spec,
            ImageVolume.Create(spec.Geometry, arterial), ImageVolume.Create(spec.Geometry, venous),
            arterialTumour, venousTumour);
    }

    public ImageVolume Image(SyntheticPhase phase) => phase == SyntheticPhase.Arterial ? Arterial : Venous;

    /// <summary>A tumour mask (label 1, uint8) on the image grid; each call builds a new volume, always the same one.</summary>
    public ImageVolume Mask(SyntheticPhase phase, MaskRead read)
    {
        var tumour = phase == SyntheticPhase.Arterial ? _arterialTumour : _venousTumour;
        var voxels = read switch
        {
            MaskRead.ReaderA => (byte[])tumour.Clone(),
            MaskRead.ReaderB => Vary(tumour, phase, read, ReaderBThreshold),
            MaskRead.ReaderARepeat => Vary(tumour, phase, read, RepeatThreshold),
            _ => throw new ArgumentOutOfRangeException(nameof(read), read, null),
        };
        return ImageVolume.Create(Spec.Geometry, voxels);
    }

    private byte[] Vary(byte[] tumour, SyntheticPhase phase, MaskRead read, double threshold) =>
        ContourVariation.Vary(tumour, Spec.Geometry, SeedStream.Open(Spec.Seed, StreamTag.Mask(phase, read)), threshold);
}
