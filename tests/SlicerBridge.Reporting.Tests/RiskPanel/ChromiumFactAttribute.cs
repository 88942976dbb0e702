namespace SlicerBridge.Reporting.Tests.RiskPanel;

/// <summary>
/// A test that needs headless Chromium (Debian: <c>apt-get install -y chromium</c>), found as
/// SLICERBRIDGE_CHROMIUM or <c>chromium</c> / <c>chromium-browser</c> on PATH. Without it the test is
/// skipped with that reason, except in CI (CI=true), where it runs and fails, so a missing browser can
/// never pass silently.
/// </summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string PathVariable = "SLICERBRIDGE_CHROMIUM";

    public ChromiumFactAttribute()
    {
        if (Executable is null && !IsCi)
        {
            Skip = $"needs headless Chromium: apt-get install -y chromium, or set {PathVariable} to the browser";
        }
    }

    public static string? Executable => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } given
        ? given
        : new[] { "chromium", "chromium-browser" }.Select(OnPath).FirstOrDefault(p => p is not null);

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The browser, or a failure explaining what CI must install.</summary>
    public static string RequireExecutable() =>
        Executable ?? throw new Xunit.Sdk.XunitException($"CI=true but Chromium is not installed: apt-get install -y chromium (or set {PathVariable})");

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
