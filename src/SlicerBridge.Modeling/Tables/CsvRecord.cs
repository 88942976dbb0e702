namespace SlicerBridge.Modeling.Tables;

/// <summary>One data row of a CSV file: its fields and the file line it starts on (1-based, header = line 1).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
