using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;

namespace SlicerBridge.Dicom;

/// <summary>UIDs under the 2.25 root (PS3.5 B.2): a UUID written as one decimal integer.</summary>
public static class DicomUid
{
    public const string CTImageStorage = "1.2.840.10008.5.1.4.1.1.2";
    public const string SegmentationStorage = "1.2.840.10008.5.1.4.1.1.66.4";

    /// <summary>A new random UID.</summary>
    public static string Generate() => FromUuidBytes(Guid.NewGuid().ToByteArray());

    /// <summary>The same UID for the same <paramref name="name"/> (a name-based UUID from SHA-256), for reproducible output.</summary>
    /// <summary>True for a UID of the standard's shape (PS3.5 9.1): numeric components without leading zeros, dots between, at most 64 characters.</summary>
    public static bool IsValid(string value) =>
        value is { Length: > 0 and <= 64 }
        && value.All(c => c is '.' or (>= '0' and <= '9'))
        && value.Split('.').All(part => part.Length > 0 && (part == "0" || part[0] != '0'));

    public static string FromName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 16).ToArray();
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: custom, name-based
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 4122 variant
        return FromUuidBytes(hash);
    }

    private static string FromUuidBytes(byte[] bytes) =>
        "2.25." + new BigInteger(bytes, isUnsigned: true, isBigEndian: true).ToString(CultureInfo.InvariantCulture);
}
