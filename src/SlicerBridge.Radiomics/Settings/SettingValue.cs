using System.Globalization;
using SlicerBridge.Imaging;

namespace SlicerBridge.Radiomics.Settings;

/// <summary>
/// Converts one setting's value, as a YAML parser or a Python-literal parser hands it over
/// (null, bool, long, double, string, or a list of those), to the type a setting needs,
/// with an error that names the setting.
/// </summary>
internal static class SettingValue
{
    public static double ToDouble(object? value, string key) => value switch
    {
        double d when double.IsFinite(d) => d,
        long l => l,
        int i => i,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) => d,
        _ => throw Bad(key, value, "a number"),
    };

    public static int ToInt(object? value, string key)
    {
        var d = ToDouble(value, key);
        return Math.Floor(d) == d && d is >= int.MinValue and <= int.MaxValue ? (int)d : throw Bad(key, value, "an integer");
    }

    public static bool ToBool(object? value, string key) => value switch
    {
        bool b => b,
        string s when s.ToLowerInvariant() is "true" or "yes" or "on" => true,
        string s when s.ToLowerInvariant() is "false" or "no" or "off" => false,
        _ => throw Bad(key, value, "true or false"),
    };

    public static string ToText(object? value, string key) => value switch
    {
        string s => s,
        _ => throw Bad(key, value, "a text value"),
    };

    public static IReadOnlyList<object?> ToList(object? value, string key) => value switch
    {
        IReadOnlyList<object?> list => list,
        IEnumerable<object?> items when value is not string => items.ToList(),
        _ => [value],
    };

    public static IReadOnlyList<double> ToDoubles(object? value, string key) =>
        ToList(value, key).Select(v => ToDouble(v, key)).ToList();

    public static IReadOnlyList<int> ToInts(object? value, string key) =>
        ToList(value, key).Select(v => ToInt(v, key)).ToList();

    public static InvalidInputException Bad(string key, object? value, string expected) =>
        new($"setting '{key}' must be {expected}, not '{Describe(value)}'", key);

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => s,
        IEnumerable<object?> list => "[" + string.Join(", ", list.Select(Describe)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
