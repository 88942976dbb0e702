using System.Text.Json;

namespace SlicerBridge.Server.Audit;

/// <summary>Appends <see cref="AuditRecord"/>s as JSON lines, one write and flush per call, so a crash loses at most the line being written.</summary>
public sealed class AuditLog : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly Lock _gate = new();

    public AuditLog(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = System.IO.Path.GetFullPath(path);
        var stream = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
        _writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
    }

    public string Path { get; }

    public void Write(AuditRecord record)
    {
        var line = JsonSerializer.Serialize(record);
        lock (_gate)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _writer.Dispose();
        }
    }
}
