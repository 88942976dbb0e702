using System.Globalization;

namespace SlicerBridge.Modeling.FeatureTables;

/// <summary>The PyRadiomics column names and value spellings a wide feature table uses.</summary>
internal static class FeatureTableFormat
{
    public const string IdColumn = "ID";
    public const string Diagnostics = "diagnostics_";
    public const string SpacingSuffix = "_diagnostics_Image-original_Spacing";
    public const string VoxelNumSuffix = "_diagnostics_Mask-original_VoxelNum";

    /// <summary>Columns of PyRadiomics' batch output that describe the case, not a feature.</summary>
    public static readonly HashSet<string> CaseColumns = new(StringComparer.Ordinal) { IdColumn, "Image", "Mask", "Label" };

    /// <summary>Python's repr of a non-finite float; PyRadiomics writes these for undefined features.</summary>
    public static string Number(double value) =>
        double.IsNaN(value) ? "nan" : double.IsPositiveInfinity(value) ? "inf" : double.IsNegativeInfinity(value) ? "-inf"
        : value.ToString("R", CultureInfo.InvariantCulture);

    public static bool TryNumber(string text, out double value)
    {
        switch (text)
        {
            case "nan" or "NaN":
                value = double.NaN;
                return true;
            case "inf" or "Infinity":
                value = double.PositiveInfinity;
                return true;
            case "-inf" or "-Infinity":
                value = double.NegativeInfinity;
                return true;
            default:
                return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }
    }

    /// <summary>A spacing as Python prints a tuple: <c>(0.7, 0.7, 5.0)</c>.</summary>
    public static string Tuple(IReadOnlyList<double> values) => "(" + string.Join(", ", values.Select(Number)) + ")";

    public static double[]? ParseTuple(string text)
    {
        var inner = text.Trim().TrimStart('(').TrimEnd(')');
        var parts = inner.Split(',', StringSplitOptions.TrimEntries);
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !(values[i] > 0))
            {
                return null;
            }
        }

        return values.Length == 3 ? values : null;
    }
}
