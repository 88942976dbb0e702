using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using SlicerBridge.Imaging.IO;

namespace SlicerBridge.Modeling.FeatureTables;

/// <summary>
/// Extracted features on disk, one JSON file per extraction, named by the SHA-256 of what determines the
/// result: the image and mask bytes, the label, the parameter file text and the extractor's version. A
/// changed image, mask, setting or software version is therefore a miss, never a stale hit; an unreadable
/// entry (e.g. from a crash before the atomic rename existed) is treated as a miss and rewritten.
/// <see cref="Hits"/> and <see cref="Misses"/> count lookups, so callers can report what was reused.
/// </summary>
public sealed class ExtractionCache
{
    private const string Format = "slicerbridge-extraction-cache/v1";

    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    private readonly string _folder;
    private readonly string _context;
    private int _hits;
    private int _misses;

    /// <param name="folder">Cache folder; created when missing.</param>
    /// <param name="parametersText">The parameter file text exactly as read.</param>
    /// <param name="extractorVersion">Version of the feature code; a new version does not reuse old values.</param>
    public ExtractionCache(string folder, string parametersText, string extractorVersion)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(parametersText);
        _folder = folder;
        Directory.CreateDirectory(folder);
        _context = $"{Format}\n{extractorVersion}\n{Hex(Encoding.UTF8.GetBytes(parametersText))}\n";
    }

    public int Hits => Volatile.Read(ref _hits);

    public int Misses => Volatile.Read(ref _misses);

    /// <summary>SHA-256 of a file's bytes, lower-case hex, read in a stream (images can be large).</summary>
    public static string FileHash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public string Key(string imageHash, string maskHash, int label) =>
        Hex(Encoding.UTF8.GetBytes($"{_context}{imageHash}\n{maskHash}\n{label}\n"));

    public bool TryGet(string key, out PhaseFeatures features)
    {
        var path = PathOf(key);
        features = null!;
        try
        {
            if (File.Exists(path) && JsonSerializer.Deserialize<PhaseFeatures>(File.ReadAllBytes(path), Options) is { } read
                && read.Names.Count == read.Values.Count && read.Geometry?.Spacing?.Count == 3)
            {
                features = read;
                Interlocked.Increment(ref _hits);
                return true;
            }
        }
        catch (JsonException)
        {
            // A damaged entry is recomputed and overwritten below.
        }

        Interlocked.Increment(ref _misses);
        return false;
    }

    public void Put(string key, PhaseFeatures features) =>
        AtomicFile.Write(PathOf(key), stream => JsonSerializer.Serialize(stream, features, Options));

    private string PathOf(string key) => Path.Combine(_folder, key + ".json");

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
