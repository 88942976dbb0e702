using System.Diagnostics;

namespace SlicerBridge.Reporting.Tests.RiskPanel;

/// <summary>Runs headless Chromium once on a local file, offline: no network, sync, updates or GPU, a throw-away profile.</summary>
internal static class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Runs the browser with the mode's arguments (e.g. --dump-dom) and returns its standard output.</summary>
    public static string Run(string file, string profile, params string[] mode)
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.RequireExecutable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile,
                 }.Concat(mode).Append(new Uri(file).AbsoluteUri))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish within {Timeout.TotalSeconds} s: {string.Join(' ', mode)}");
        }

        Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {errors.Result}");
        return output.Result;
    }
}
