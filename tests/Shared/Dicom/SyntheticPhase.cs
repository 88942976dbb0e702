using SlicerBridge.Dicom;
namespace SlicerBridge.Testing.Dicom;

/// <summary>How one synthetic CT phase is encoded and where its slices lie.</summary>
internal sealed record SyntheticPhase(
    string Key,
    int SeriesNumber,
    TransferSyntax Syntax,
    double Slope,
    double Intercept,
    double TiltDegrees,
    int Columns = 48,
    int Rows = 40,
    int Slices = 20,
    double ColumnSpacing = 0.8,
    double RowSpacing = 0.7,
    double SliceSpacing = 2.5)
{
    /// <summary>Axial, Explicit VR LE, intercept -1024 (stored values positive).</summary>
    public static SyntheticPhase Arterial { get; } = new("arterial", 1, TransferSyntax.ExplicitVRLittleEndian, 1, -1024, 0);

    /// <summary>Tilted 20 degrees about x, Implicit VR LE, intercept 0 (stored values negative in air).</summary>
    public static SyntheticPhase Portal { get; } = new("portal", 2, TransferSyntax.ImplicitVRLittleEndian, 1, 0, 20);
}
