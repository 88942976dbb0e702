using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.IO;

namespace SlicerBridge.Modeling.Packaging;

/// <summary>
/// Reads and writes model packages. The canonical form is indented UTF-8 JSON (no BOM, \n line ends) in
/// declaration order with round-trip doubles; the SHA-256 is taken over that form with <c>sha256</c>
/// empty, so identical content always gives identical bytes and hash.
/// </summary>
public static class ModelPackageSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

        // A metric R reports as NaN (e.g. PPV with no positive calls) must survive a round trip.
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    /// <summary>The package with its hash filled in.</summary>
    public static ModelPackage Seal(ModelPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        return package with { Sha256 = Hash(package) };
    }

    public static string Hash(ModelPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var bytes = Encoding.UTF8.GetBytes(ToJson(package with { Sha256 = "" }));
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public static string ToJson(ModelPackage package) => JsonSerializer.Serialize(package, Options) + "\n";

    /// <summary>Seals and writes atomically.</summary>
    public static void Write(ModelPackage package, string path) =>
        AtomicFile.WriteText(path, w => w.Write(ToJson(Seal(package))));

    /// <summary>Reads and verifies a package: schema, required fields, and the hash (a tampered or truncated file is refused).</summary>
    public static ModelPackage Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException("model package not found", path);
        }

        ModelPackage? package;
        try
        {
            package = JsonSerializer.Deserialize<ModelPackage>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"model package is not valid: {e.Message}", path);
        }

        if (package is null || package.Schema != ModelPackage.SchemaName)
        {
            throw new InvalidInputException($"not a {ModelPackage.SchemaName} model package", path);
        }

        if (!string.Equals(Hash(package), package.Sha256, StringComparison.Ordinal))
        {
            throw new InvalidInputException("model package content does not match its sha256 (modified or damaged)", path);
        }

        return package;
    }
}
