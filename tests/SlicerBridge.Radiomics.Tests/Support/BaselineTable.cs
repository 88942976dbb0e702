using System.Globalization;

namespace SlicerBridge.Radiomics.Tests.Support;

/// <summary>
/// One PyRadiomics baseline CSV (<c>baseline_&lt;class&gt;.csv</c>): a row per feature or
/// diagnostic, a column per test configuration such as <c>brain1</c> or <c>brain1_FBN</c>.
/// </summary>
internal sealed class BaselineTable
{
    private readonly Dictionary<string, Dictionary<string, string>> _columns = new(StringComparer.Ordinal);

    private BaselineTable(string featureClass)
    {
        FeatureClass = featureClass;
    }

    public string FeatureClass { get; }

    public IReadOnlyCollection<string> Columns => _columns.Keys;

    public static BaselineTable Load(string featureClass)
    {
        var table = new BaselineTable(featureClass);
        var lines = File.ReadAllLines(SlicerBridge.Testing.Fixtures.PyRadiomicsBaseline($"baseline_{featureClass}.csv"));
        var header = CsvLine.Split(lines[0]);
        for (var c = 1; c < header.Count; c++)
        {
            table._columns[header[c]] = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        foreach (var line in lines.Skip(1))
        {
            var cells = CsvLine.Split(line);
            for (var c = 1; c < header.Count && c < cells.Count; c++)
            {
                table._columns[header[c]][cells[0]] = cells[c];
            }
        }

        return table;
    }

    /// <summary>The test case behind a column: <c>brain1_FBN</c> → <c>brain1</c>.</summary>
    public static string CaseOf(string column) => column.Split('_')[0];

    public string Diagnostic(string column, string name) => _columns[column]["diagnostics_" + name];

    /// <summary>The settings PyRadiomics recorded for the column, as parsed Python values.</summary>
    public IReadOnlyDictionary<string, object?> Settings(string column) =>
        (Dictionary<string, object?>)PythonLiteral.Parse(Diagnostic(column, "Configuration_Settings"))!;

    /// <summary>Every <c>original_*</c> feature value of the column (name without the <c>original_</c> prefix).</summary>
    public IReadOnlyDictionary<string, double> Features(string column) =>
        _columns[column]
            .Where(kv => kv.Key.StartsWith("original_", StringComparison.Ordinal) && kv.Value.Length > 0)
            .ToDictionary(kv => kv.Key, kv => double.Parse(kv.Value, NumberStyles.Float, CultureInfo.InvariantCulture));
}
