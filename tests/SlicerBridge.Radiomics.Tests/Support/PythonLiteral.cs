using System.Globalization;

namespace SlicerBridge.Radiomics.Tests.Support;

/// <summary>
/// Parses the Python literals PyRadiomics writes into its baseline diagnostics (dicts, lists,
/// tuples, strings, numbers, True/False/None) into .NET values: dictionaries, lists, string,
/// long, double, bool and null.
/// </summary>
internal static class PythonLiteral
{
    public static object? Parse(string text)
    {
        var position = 0;
        var value = ParseValue(text, ref position);
        SkipSpace(text, ref position);
        if (position != text.Length)
        {
            throw new FormatException($"unexpected text at {position}: {text[position..]}");
        }

        return value;
    }

    private static object? ParseValue(string s, ref int i)
    {
        SkipSpace(s, ref i);
        var c = s[i];
        switch (c)
        {
            case '{':
                var dict = new Dictionary<string, object?>(StringComparer.Ordinal);
                i++;
                while (true)
                {
                    SkipSpace(s, ref i);
                    if (s[i] == '}')
                    {
                        i++;
                        return dict;
                    }

                    var key = (string)ParseValue(s, ref i)!;
                    SkipSpace(s, ref i);
                    Expect(s, ref i, ':');
                    dict[key] = ParseValue(s, ref i);
                    SkipSpace(s, ref i);
                    if (s[i] == ',')
                    {
                        i++;
                    }
                }

            case '[' or '(':
                var close = c == '[' ? ']' : ')';
                var list = new List<object?>();
                i++;
                while (true)
                {
                    SkipSpace(s, ref i);
                    if (s[i] == close)
                    {
                        i++;
                        return list;
                    }

                    list.Add(ParseValue(s, ref i));
                    SkipSpace(s, ref i);
                    if (s[i] == ',')
                    {
                        i++;
                    }
                }

            case '\'' or '"':
                var end = s.IndexOf(c, i + 1);
                var str = s[(i + 1)..end];
                i = end + 1;
                return str;
            default:
                var start = i;
                while (i < s.Length && (char.IsLetterOrDigit(s[i]) || s[i] is '.' or '-' or '+' or '_'))
                {
                    i++;
                }

                var token = s[start..i];
                return token switch
                {
                    "True" => true,
                    "False" => false,
                    "None" => null,
                    _ when long.TryParse(token, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
                    _ => double.Parse(token, NumberStyles.Float, CultureInfo.InvariantCulture),
                };
        }
    }

    private static void SkipSpace(string s, ref int i)
    {
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }
    }

    private static void Expect(string s, ref int i, char c)
    {
        if (s[i] != c)
        {
            throw new FormatException($"expected '{c}' at {i}");
        }

        i++;
    }
}
