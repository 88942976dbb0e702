using System.Globalization;
using SlicerBridge.Testing;

namespace SlicerBridge.Radiomics.Tests.Support;

/// <summary>
/// IBSI-1 reference values (<c>tests/fixtures/ibsi/reference_values</c>) by IBSI tag, e.g.
/// <c>cm_joint_max_3D_avg</c>, with the tolerance IBSI states.
/// </summary>
internal static class IbsiReference
{
    public static IReadOnlyDictionary<string, (double Value, double Tolerance)> DigitalPhantom() =>
        Load("ibsi_1_reference_values_digital_phantom.csv");

    private static Dictionary<string, (double Value, double Tolerance)> Load(string file)
    {
        var result = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        var lines = File.ReadAllLines(Fixtures.Path("ibsi", "reference_values", file));
        foreach (var line in lines.Skip(1))
        {
            // dataset, family, feature, consensus, reference value, tolerance, your result, difference, check, tag
            var cells = CsvLine.Split(line);
            if (cells.Count == 10 && cells[4].Length > 0)
            {
                result[cells[9]] = (
                    double.Parse(cells[4], CultureInfo.InvariantCulture),
                    double.Parse(cells[5], CultureInfo.InvariantCulture));
            }
        }

        return result;
    }

    /// <summary>
    /// IBSI quotes values to three significant digits; a value agrees when it is within the stated
    /// tolerance or rounds to the quoted digits (half a unit in the last quoted place).
    /// </summary>
    public static bool Agrees(double actual, (double Value, double Tolerance) reference)
    {
        var magnitude = reference.Value == 0 ? 0 : Math.Floor(Math.Log10(Math.Abs(reference.Value)));
        var halfUnit = 0.5 * Math.Pow(10, magnitude - 2);
        return Math.Abs(actual - reference.Value) <= Math.Max(reference.Tolerance, halfUnit) * (1 + 1e-12);
    }
}
