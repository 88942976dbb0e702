using System.Diagnostics;

namespace SlicerBridge.Server.LoadTest;

/// <summary>`slicerbridge serve` as a child process on a free loopback port, so its memory is measured alone.</summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;

    private ServerProcess(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    /// <summary>Resident memory of the server process in MiB.</summary>
    public double ResidentMiB
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64 / (1024.0 * 1024.0);
        }
    }

    public static ServerProcess Start(params string[] arguments)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "slicerbridge.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("serve");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the server");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        while (process.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("listening on ", StringComparison.Ordinal))
            {
                // Keep draining stdout so the server never blocks on a full pipe.
                _ = Task.Run(() => process.StandardOutput.ReadToEnd());
                return new ServerProcess(process, line["listening on ".Length..].Trim());
            }
        }

        throw new InvalidOperationException("the server exited before listening");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }
}
