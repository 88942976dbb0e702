using System.Globalization;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// One LoG σ (mm) as the parameter file wrote it. PyRadiomics names the image with Python's
/// <c>str(sigma)</c>, so <c>3.0</c> gives <c>log-sigma-3-0-mm-3D</c> and the integer <c>3</c> gives
/// <c>log-sigma-3-mm-3D</c>; <see cref="WrittenAsInteger"/> keeps that distinction.
/// </summary>
public readonly record struct LogSigma(double Value, bool WrittenAsInteger = false)
{
    /// <summary>The PyRadiomics image type name, <c>log-sigma-&lt;σ with '.' → '-'&gt;-mm-3D</c>.</summary>
    public string ImageTypeName => "log-sigma-" + PythonStr().Replace('.', '-') + "-mm-3D";

    /// <summary>
    /// Python's str(): an int as digits; a float as its shortest round-trip repr, with ".0" when integral
    /// and a lower-case exponent (1e-05). The two differ only for |σ| ≥ 1e15, which no image admits.
    /// </summary>
    private string PythonStr()
    {
        if (WrittenAsInteger)
        {
            return ((long)Value).ToString(CultureInfo.InvariantCulture);
        }

        var repr = Value.ToString("R", CultureInfo.InvariantCulture).Replace('E', 'e');
        return repr.Contains('.', StringComparison.Ordinal) || repr.Contains('e', StringComparison.Ordinal) ? repr : repr + ".0";
    }
}
