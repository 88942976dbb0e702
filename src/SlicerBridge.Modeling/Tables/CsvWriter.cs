namespace SlicerBridge.Modeling.Tables;

/// <summary>RFC 4180 output, the counterpart of <see cref="CsvParser"/>: a field is quoted only when it holds a comma, quote or line break.</summary>
public static class CsvWriter
{
    public static string Field(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    public static string Line(IEnumerable<string> fields) => string.Join(",", fields.Select(Field));
}
