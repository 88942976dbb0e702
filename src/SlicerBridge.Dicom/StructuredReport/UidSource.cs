using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.StructuredReport;

/// <summary>
/// Where the UIDs of new report instances come from: random 2.25 UIDs (the default), or UIDs derived
/// from an organisation root and an input string, the same on every run for the same root, input and
/// purpose (reproducible tests, idempotent re-runs).
/// </summary>
public sealed partial class UidSource
{
    private const string UuidRoot = "2.25";
    private const int MaxUidLength = 64;

    private readonly string? _root;
    private readonly string? _input;

    private UidSource(string? root, string? input)
    {
        _root = root;
        _input = input;
    }

    /// <summary>A new random UID for every request.</summary>
    public static UidSource Random { get; } = new(null, null);

    public bool IsDerived => _input is not null;

    /// <summary>
    /// UIDs derived from <paramref name="input"/>: under 2.25 a name-based UUID (<see cref="DicomUid.FromName"/>),
    /// under another root that root, a dot and decimal digits of a SHA-256 of input and purpose.
    /// </summary>
    public static UidSource Derived(string input, string root = UuidRoot)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(root);
        if (!RootPattern().IsMatch(root) || root.Length > MaxUidLength - 17)
        {
            throw new InvalidInputException(
                $"UID root '{root}' must be dot-separated numbers without leading zeros and at most {MaxUidLength - 17} characters", "UID root");
        }

        return new UidSource(root, input);
    }

    /// <summary>The UID for one purpose (e.g. "sr-instance"); distinct purposes give distinct UIDs.</summary>
    public string Create(string purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        if (_input is null)
        {
            return DicomUid.Generate();
        }

        var name = _input + "\n" + purpose;
        if (_root == UuidRoot)
        {
            return DicomUid.FromName(name);
        }

        // At most 38 digits (the hash is used modulo 10^digits), so no component can start with zero.
        var digits = Math.Min(38, MaxUidLength - _root!.Length - 1);
        var hash = new BigInteger(SHA256.HashData(Encoding.UTF8.GetBytes(name)), isUnsigned: true, isBigEndian: true);
        return _root + "." + (hash % BigInteger.Pow(10, digits)).ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$")]
    private static partial Regex RootPattern();
}
