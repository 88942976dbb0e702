using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SlicerBridge.Imaging;

namespace SlicerBridge.Server.Security;

/// <summary>
/// The hashed bearer tokens the server accepts. File format:
/// <c>{"tokens": [{"name": "reading-room-1", "sha256": "&lt;hex of SHA-256 of the token&gt;", "roles": ["clinician"]}]}</c>.
/// </summary>
public sealed class TokenStore
{
    private readonly (byte[] Hash, Caller Caller)[] _entries;

    public TokenStore(IEnumerable<TokenEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = entries.Select(Parse).ToArray();
    }

    /// <summary>True when at least one token is configured, so every call must bring one.</summary>
    public bool IsEnabled => _entries.Length > 0;

    public static TokenStore Load(string? file, IEnumerable<TokenEntry> configured)
    {
        var entries = configured.ToList();
        if (file is not null)
        {
            if (!File.Exists(file))
            {
                throw new InvalidInputException("tokens file not found", file);
            }

            TokenFile? parsed;
            try
            {
                parsed = JsonSerializer.Deserialize<TokenFile>(File.ReadAllText(file));
            }
            catch (JsonException e)
            {
                throw new InvalidInputException($"tokens file is not valid JSON: {e.Message}", file, e);
            }

            entries.AddRange(parsed?.Tokens ?? throw new InvalidInputException("tokens file has no \"tokens\" list", file));
        }

        return new TokenStore(entries);
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>The caller holding <paramref name="token"/>, or null. Compares every entry in constant time.</summary>
    public Caller? Find(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(token), hash);
        Caller? found = null;
        foreach (var (expected, caller) in _entries)
        {
            // No early exit: the time taken does not depend on which entry (if any) matched.
            if (CryptographicOperations.FixedTimeEquals(expected, hash))
            {
                found = caller;
            }
        }

        return found;
    }

    private static (byte[], Caller) Parse(TokenEntry entry, int index)
    {
        var where = $"tokens[{index}]";
        if (string.IsNullOrWhiteSpace(entry.Name))
        {
            throw new InvalidInputException("token entry has no name", where);
        }

        byte[] hash;
        try
        {
            hash = Convert.FromHexString(entry.Sha256);
        }
        catch (FormatException e)
        {
            throw new InvalidInputException("sha256 is not hexadecimal", where, e);
        }

        if (hash.Length != SHA256.HashSizeInBytes)
        {
            throw new InvalidInputException("sha256 must be 64 hexadecimal digits (the SHA-256 of the token, not the token)", where);
        }

        var unknown = entry.Roles.FirstOrDefault(r => !Roles.All.Contains(r));
        if (unknown is not null || entry.Roles.Count == 0)
        {
            throw new InvalidInputException($"roles must be some of {string.Join(", ", Roles.All)}; got '{unknown ?? "none"}'", where);
        }

        return (hash, new Caller(entry.Name, entry.Roles.ToHashSet(StringComparer.Ordinal)));
    }

    private sealed record TokenFile(
        [property: System.Text.Json.Serialization.JsonPropertyName("tokens")] IReadOnlyList<TokenEntry>? Tokens);
}
