namespace SlicerBridge.Modeling.Synthetic;

/// <summary>The independent random streams of one patient (see <see cref="SeedStream"/>).</summary>
internal static class StreamTag
{
    public const long Specification = 1;
    public const long Outcome = 2;
    public const long Texture = 3;

    public static long Noise(SyntheticPhase phase) => 10 + (int)phase;

    public static long Mask(SyntheticPhase phase, MaskRead read) => 20 + 3 * (int)phase + (int)read;
}
