using System.Globalization;
using SlicerBridge.Testing;

namespace SlicerBridge.Imaging.Tests.Support;

/// <summary>
/// The diagnostics rows of PyRadiomics' <c>baseline_firstorder.csv</c>: one row per diagnostic, one
/// column per test configuration (<c>brain1</c>, <c>brain1_normalization</c>, ...). Some columns leave a
/// diagnostic empty, so a case's value is the first non-empty one among its columns.
/// </summary>
internal sealed class PyRadiomicsBaseline
{
    private static readonly Lazy<PyRadiomicsBaseline> Instance = new(() => new PyRadiomicsBaseline(
        CsvTable.Load(Fixtures.PyRadiomicsBaseline("baseline_firstorder.csv"))));

    private readonly CsvTable _table;

    private PyRadiomicsBaseline(CsvTable table)
    {
        _table = table;
    }

    public static PyRadiomicsBaseline FirstOrder => Instance.Value;

    public string Diagnostic(string testCase, string name)
    {
        var row = _table.Rows.Single(r => r[0] == "diagnostics_" + name);
        for (var c = 1; c < _table.Header.Count; c++)
        {
            if (_table.Header[c].Split('_')[0] == testCase && row[c].Length > 0)
            {
                return row[c];
            }
        }

        throw new KeyNotFoundException($"no value for {name} of {testCase}");
    }

    public double Number(string testCase, string name) =>
        double.Parse(Diagnostic(testCase, name), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A Python tuple as PyRadiomics writes it, e.g. <c>(0.7812499999999999, 0.78125, 6.5)</c>.</summary>
    public double[] Tuple(string testCase, string name)
    {
        var text = Diagnostic(testCase, name).Trim();
        Assert.StartsWith("(", text);
        Assert.EndsWith(")", text);
        return text[1..^1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
    }
}
