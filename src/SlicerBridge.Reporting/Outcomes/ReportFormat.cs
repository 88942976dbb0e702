using System.Globalization;
using System.Net;

namespace SlicerBridge.Reporting.Outcomes;

/// <summary>How numbers and text appear in reports: culture-invariant, p-values as journals print them, everything HTML-escaped.</summary>
internal static class ReportFormat
{
    public static string Html(string text) => WebUtility.HtmlEncode(text);

    public static string Number(double value, int decimals) =>
        double.IsFinite(value) ? value.ToString("F" + decimals, CultureInfo.InvariantCulture) : value > 0 ? "∞" : "NA";

    public static string Number(double? value, int decimals) => value is { } v ? Number(v, decimals) : "NA";

    /// <summary>A p-value as plain text: "&lt; 0.001" below a thousandth, otherwise three decimals.</summary>
    public static string P(double p) => p < 0.001 ? "< 0.001" : Number(p, 3);

    /// <summary>"p = 0.023" or "p &lt; 0.001", plain text.</summary>
    public static string PEquals(double p) => p < 0.001 ? "p " + P(p) : "p = " + P(p);

    /// <summary>"1.23 (0.98–1.54)".</summary>
    public static string WithInterval(double? estimate, double? low, double? high, int decimals) =>
        $"{Number(estimate, decimals)} ({Number(low, decimals)}–{Number(high, decimals)})";

    public static string Percent(double fraction) => (100 * fraction).ToString("F1", CultureInfo.InvariantCulture) + "%";
}
