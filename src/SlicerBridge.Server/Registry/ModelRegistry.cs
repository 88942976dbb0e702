using System.Text.Json;
using Microsoft.Extensions.Logging;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Server.Errors;

namespace SlicerBridge.Server.Registry;

/// <summary>
/// The model folder: versioned packages (<c>*.model.json</c>, each verified against its SHA-256 when read)
/// and <c>active.json</c>, the pointer to the package scoring uses by default. Activation rewrites the
/// pointer through a temporary file and a rename, so a reader sees the old or the new pointer, never half of one.
/// Packages are re-read only when their file changes.
/// </summary>
public sealed class ModelRegistry(string? directory, ILogger<ModelRegistry> logger)
{
    public const string PackagePattern = "*.model.json";
    public const string ActiveFileName = "active.json";

    private readonly Dictionary<string, (DateTime Written, long Length, RegisteredModel Model)> _cache = [];
    private readonly Lock _gate = new();

    public string? Directory { get; } = directory is null ? null : Path.GetFullPath(directory);

    /// <summary>Every readable package, by id then version. Unreadable files are logged and skipped.</summary>
    public IReadOnlyList<RegisteredModel> List()
    {
        if (Directory is null)
        {
            return [];
        }

        var models = new List<RegisteredModel>();
        lock (_gate)
        {
            foreach (var path in System.IO.Directory.EnumerateFiles(Directory, PackagePattern).Order(StringComparer.Ordinal))
            {
                var info = new FileInfo(path);
                if (_cache.TryGetValue(path, out var cached) && cached.Written == info.LastWriteTimeUtc && cached.Length == info.Length)
                {
                    models.Add(cached.Model);
                    continue;
                }

                try
                {
                    var model = new RegisteredModel(ModelPackageSerializer.Read(path), path);
                    _cache[path] = (info.LastWriteTimeUtc, info.Length, model);
                    models.Add(model);
                }
                catch (InvalidInputException e)
                {
                    logger.LogWarning("model package {File} skipped: {Reason}", Path.GetFileName(path), e.Message);
                }
            }
        }

        return models.OrderBy(m => m.Id, StringComparer.Ordinal).ThenBy(m => m.Version, VersionOrder.Instance).ToList();
    }

    /// <summary>The package <paramref name="id"/> at <paramref name="version"/>, or its newest version when none is given.</summary>
    public RegisteredModel Find(string id, string? version)
    {
        var candidates = List().Where(m => m.Id == id).ToList();
        var found = string.IsNullOrEmpty(version) ? candidates.LastOrDefault() : candidates.FirstOrDefault(m => m.Version == version);
        return found ?? throw Failures.NotFound(string.IsNullOrEmpty(version)
            ? $"no model with id '{id}' in the registry"
            : $"no version '{version}' of model '{id}' in the registry");
    }

    public ActivePointer? ReadPointer()
    {
        if (Directory is null)
        {
            return null;
        }

        var path = Path.Combine(Directory, ActiveFileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<ActivePointer>(File.ReadAllText(path));
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{ActiveFileName} in the model folder is not valid JSON", e);
        }
    }

    /// <summary>The active package, or null when none was activated (or it no longer matches its recorded hash).</summary>
    public RegisteredModel? Active()
    {
        var pointer = ReadPointer();
        return pointer is null ? null : List().FirstOrDefault(m => m.Id == pointer.Id && m.Version == pointer.Version && m.Package.Sha256 == pointer.Sha256);
    }

    /// <summary>Points <c>active.json</c> at a package; returns the one it pointed at before.</summary>
    public (RegisteredModel Active, RegisteredModel? Previous) Activate(string id, string version, DateTimeOffset now)
    {
        if (Directory is null)
        {
            throw Failures.FailedPrecondition("the server was started without a model folder (--models DIR)");
        }

        lock (_gate)
        {
            var previous = Active();
            var model = Find(id, version);
            var pointer = new ActivePointer(model.Id, model.Version, model.Package.Sha256, now);
            AtomicFile.WriteText(Path.Combine(Directory, ActiveFileName), w => w.Write(JsonSerializer.Serialize(pointer) + "\n"));
            return (model, previous);
        }
    }
}
