using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// How the patient was scanned, varied like a multi-vendor cohort: pixel spacing from the usual
/// 360-440 mm fields of view on a 512 matrix, 2.5 or 5 mm slices, noise level and reconstruction kernel
/// sharpness, contrast timing (liver enhancement per phase), and breath-hold difference between phases.
/// </summary>
/// <param name="PixelSpacingMm">In-plane spacing.</param>
/// <param name="SliceThicknessMm">Slice spacing.</param>
/// <param name="NoiseSdHu">Image noise after reconstruction smoothing.</param>
/// <param name="SmoothingWeight">Weight of each neighbour in the in-plane [w, 1-2w, w] kernel.</param>
/// <param name="LiverArterialHu">Liver parenchyma in AP.</param>
/// <param name="LiverVenousHu">Liver parenchyma in PVP.</param>
/// <param name="VenousShiftMm">Displacement of the anatomy in PVP relative to AP (second breath hold).</param>
public sealed record ScanProtocol(
    double PixelSpacingMm,
    double SliceThicknessMm,
    double NoiseSdHu,
    double SmoothingWeight,
    double LiverArterialHu,
    double LiverVenousHu,
    Vec3 VenousShiftMm)
{
    private static readonly int[] FieldsOfViewMm = [360, 380, 400, 420, 440];

    /// <summary>The largest displacement between phases along any axis.</summary>
    internal const double MaxShiftMm = 3;

    internal static ScanProtocol Draw(Random random) => new(
        PixelSpacingMm: FieldsOfViewMm[random.Next(FieldsOfViewMm.Length)] / 512.0,
        SliceThicknessMm: random.Bernoulli(0.5) ? 2.5 : 5.0,
        NoiseSdHu: random.Uniform(10, 15),
        SmoothingWeight: random.Uniform(0.06, 0.16),
        LiverArterialHu: random.Uniform(60, 80),
        LiverVenousHu: random.Uniform(100, 120),
        VenousShiftMm: new Vec3(
            Math.Clamp(random.Normal(0, 1), -MaxShiftMm, MaxShiftMm),
            Math.Clamp(random.Normal(0, 1), -MaxShiftMm, MaxShiftMm),
            Math.Clamp(random.Normal(0, 1.5), -MaxShiftMm, MaxShiftMm)));
}
