namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// The decomposition filters of the wavelets PyRadiomics can use (setting <c>wavelet</c>): haar,
/// db1–db8, sym2–sym8, coif1–coif5 and the bior family, with PyWavelets' exact taps (zero taps of the
/// biorthogonal filters included, since they set the filter length and so the convolution offset).
/// </summary>
public static partial class WaveletFilterBank
{
    private static readonly Dictionary<string, (double[] DecLo, double[] DecHi)> ByName;

    // Built here rather than in a field initializer: initializers of the two partial files run in no defined order.
    static WaveletFilterBank()
    {
        ByName = Taps.ToDictionary(t => t.Name, t => (t.DecLo, t.DecHi), StringComparer.Ordinal);
    }

    /// <summary>The supported wavelet names, as PyWavelets spells them.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    /// <summary>How many taps the wavelet's filters have: how far one level of the transform reaches.</summary>
    public static int FilterLength(string name) => Get(name).DecLo.Length;

    /// <summary>The low- and high-pass decomposition taps (pywt <c>dec_lo</c>, <c>dec_hi</c>).</summary>
    internal static (double[] DecLo, double[] DecHi) Get(string name) =>
        ByName.TryGetValue(name, out var taps)
            ? taps
            : throw new InvalidInputException(
                $"unknown wavelet '{name}'; supported: {string.Join(", ", Names)}", "wavelet");
}
