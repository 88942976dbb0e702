using System.Text;
using SlicerBridge.Imaging;

namespace SlicerBridge.Cli.Output;

/// <summary>RFC 4180 CSV: quoted fields with doubled quotes, header first, rows as string arrays.</summary>
public static class Csv
{
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    public static string Line(IEnumerable<string> fields) => string.Join(",", fields.Select(Field));

    /// <summary>Reads a whole CSV file; a row whose field count differs from the header is an error naming its line.</summary>
    public static (string[] Header, List<string[]> Rows) Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException("file not found", path);
        }

        var records = Parse(File.ReadAllText(path), path);
        if (records.Count == 0)
        {
            throw new InvalidInputException("CSV file is empty", path);
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToArray();
        var rows = new List<string[]>();
        foreach (var (line, fields) in records.Skip(1))
        {
            if (fields.Length == 1 && fields[0].Length == 0)
            {
                continue;
            }

            if (fields.Length != header.Length)
            {
                throw new InvalidInputException($"line {line} has {fields.Length} fields but the header has {header.Length}", path);
            }

            rows.Add(fields);
        }

        return (header, rows);
    }

    private static List<(int Line, string[] Fields)> Parse(string text, string where)
    {
        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                records.Add((recordLine, fields.ToArray()));
                fields.Clear();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw new InvalidInputException($"unterminated quoted field starting on line {recordLine}", where);
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add((recordLine, fields.ToArray()));
        }

        return records;
    }
}
