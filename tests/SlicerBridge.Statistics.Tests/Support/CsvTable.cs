namespace SlicerBridge.Statistics.Tests.Support;

/// <summary>A small unquoted CSV table addressed by column name.</summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _index;

    private CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _index = header.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
    }

    public string[] Header { get; }

    public IReadOnlyList<string[]> Rows { get; }

    public static CsvTable Load(string path)
    {
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0).ToArray();
        var header = lines[0].Split(',');
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        return new CsvTable(header, rows);
    }

    public bool Has(string column) => _index.ContainsKey(column);

    public string[] Column(string name) => Rows.Select(r => r[_index[name]]).ToArray();

    public double[] Numbers(string name) => Column(name).Select(Golden.ParseNumber).ToArray();
}
