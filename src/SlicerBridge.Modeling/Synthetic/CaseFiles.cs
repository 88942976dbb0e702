namespace SlicerBridge.Modeling.Synthetic;

/// <summary>File names inside a case folder.</summary>
public static class CaseFiles
{
    public static string Image(SyntheticPhase phase) => $"{PhaseName(phase)}.nrrd";

    public static string Mask(SyntheticPhase phase, MaskRead read) => $"{PhaseName(phase)}_mask_{ReadSuffix(read)}.nrrd";

    public static string PhaseName(SyntheticPhase phase) => phase == SyntheticPhase.Arterial ? "arterial" : "venous";

    private static string ReadSuffix(MaskRead read) => read switch
    {
        MaskRead.ReaderA => "A",
        MaskRead.ReaderB => "B",
        MaskRead.ReaderARepeat => "A2",
        _ => throw new ArgumentOutOfRangeException(nameof(read), read, null),
    };
}
