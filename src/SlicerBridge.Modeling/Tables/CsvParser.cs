using System.Text;
using SlicerBridge.Imaging;

namespace SlicerBridge.Modeling.Tables;

/// <summary>
/// RFC 4180 records: comma-separated fields, fields in double quotes may hold commas, line breaks
/// and doubled quotes; CRLF or LF line ends; a UTF-8 byte-order mark is ignored. A quote inside an
/// unquoted field, or text after a closing quote, is an error rather than a guess.
/// </summary>
internal static class CsvParser
{
    public static List<CsvRecord> Parse(string text, string source)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var fieldStarted = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0 && !fieldStarted)
            {
                i = ReadQuoted(text, i + 1, field, ref line, source);
                fieldStarted = true;
                if (i + 1 < text.Length && text[i + 1] is not (',' or '\r' or '\n'))
                {
                    throw new InvalidInputException($"line {line}: unexpected text after a closing quote", source);
                }
            }
            else if (c == '"')
            {
                throw new InvalidInputException($"line {line}: a quote inside an unquoted field (quote the whole field and double the quote)", source);
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                records.Add(new CsvRecord(recordLine, fields.ToArray()));
                fields.Clear();
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                fieldStarted = true;
            }
        }

        if (fieldStarted || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordLine, fields.ToArray()));
        }

        return records;
    }

    /// <summary>Reads a quoted field from just after its opening quote; returns the index of the closing quote.</summary>
    private static int ReadQuoted(string text, int i, StringBuilder field, ref int line, string source)
    {
        var opened = line;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c != '"')
            {
                line += c == '\n' ? 1 : 0;
                field.Append(c);
            }
            else if (i + 1 < text.Length && text[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else
            {
                return i;
            }
        }

        throw new InvalidInputException($"line {opened}: quoted field is never closed", source);
    }
}
