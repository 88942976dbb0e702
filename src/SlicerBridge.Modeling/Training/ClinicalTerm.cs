using System.Globalization;
using SlicerBridge.Imaging;

namespace SlicerBridge.Modeling.Training;

/// <summary>
/// A clinical term of the nomogram: a column used as it is (<c>afp_log</c>), or coded as an indicator of
/// exceeding a threshold (<c>afp_ng_ml&gt;200</c> gives the term <c>afp_gt_200</c>, 1 above 200 ng/mL, else 0).
/// </summary>
public sealed record ClinicalTerm(string Variable, double? Threshold)
{
    /// <summary>The study's term: serum AFP above 200 ng/mL.</summary>
    public static ClinicalTerm AfpAbove200 { get; } = new("afp_ng_ml", 200);

    /// <summary>The term's name in models and reports: the column, or <c>afp_gt_200</c> for <c>afp_ng_ml&gt;200</c>.</summary>
    public string Name => Threshold is { } t
        ? $"{Stem(Variable)}_gt_{t.ToString("R", CultureInfo.InvariantCulture).Replace('.', '_').Replace('-', 'm')}"
        : Variable;

    public double Code(double value) => Threshold is { } t ? (value > t ? 1 : 0) : value;

    /// <summary>Parses <c>column</c> or <c>column&gt;number</c>.</summary>
    public static ClinicalTerm Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('>', StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || parts[0].Length == 0 || parts[0].Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '_')))
        {
            throw new InvalidInputException($"'{text}' is not a clinical term (write a column name, or column>threshold such as afp_ng_ml>200)", "--clinical");
        }

        if (parts.Length == 1)
        {
            return new ClinicalTerm(parts[0], null);
        }

        return double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) && double.IsFinite(threshold)
            ? new ClinicalTerm(parts[0], threshold)
            : throw new InvalidInputException($"the threshold of '{text}' is not a number", "--clinical");
    }

    /// <summary>The variable without its unit suffix: <c>afp_ng_ml</c> names the term <c>afp_gt_200</c>, as the study does.</summary>
    private static string Stem(string variable)
    {
        foreach (var unit in new[] { "_ng_ml", "_mg_dl", "_u_l", "_mm", "_cm", "_ml" })
        {
            if (variable.EndsWith(unit, StringComparison.Ordinal) && variable.Length > unit.Length)
            {
                return variable[..^unit.Length];
            }
        }

        return variable;
    }
}
