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
/// empty, so identical content always gives identical bytes and hash. Reading is strict: an unknown,
/// missing or null field is refused (a misspelt field must never fall back to a default), and the
/// content is validated with <see cref="ModelPackageValidator"/>.
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
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
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

    /// <summary>Validates, seals and writes atomically: an invalid package is never written.</summary>
    public static void Write(ModelPackage package, string path)
    {
        ArgumentNullException.ThrowIfNull(package);
        ModelPackageValidator.Validate(package);
        AtomicFile.WriteText(path, w => w.Write(ToJson(Seal(package))));
    }

    /// <summary>
    /// Reads and verifies a package: schema, required fields, the hash (a tampered or truncated file is
    /// refused), then its content (<see cref="ModelPackageValidator"/>); errors name the file and the field.
    /// </summary>
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
            throw new InvalidInputException($"model package is not valid: {e.Message}", e.Path is null ? path : $"{path}: {e.Path}", e);
        }

        if (package is null || package.Schema != ModelPackage.SchemaName)
        {
            throw new InvalidInputException($"not a {ModelPackage.SchemaName} model package", path);
        }

        if (!string.Equals(Hash(package), package.Sha256, StringComparison.Ordinal))
        {
            throw new InvalidInputException("model package content does not match its sha256 (modified or damaged)", path);
        }

        try
        {
            ModelPackageValidator.Validate(package);
        }
        catch (InvalidInputException e)
        {
            throw new InvalidInputException($"model package is not valid: {e.Message}", $"{path}: {e.Where}", e);
        }

        return package;
    }
}
