using System.Net.Http.Headers;
using System.Text;

namespace SlicerBridge.Dicom.Web;

/// <summary>How requests authenticate: none, HTTP basic, or a bearer token (e.g. from an OAuth proxy in front of the PACS).</summary>
public sealed class DicomWebAuthentication
{
    private readonly AuthenticationHeaderValue? _header;

    private DicomWebAuthentication(AuthenticationHeaderValue? header)
    {
        _header = header;
    }

    public static DicomWebAuthentication None { get; } = new(null);

    public static DicomWebAuthentication Basic(string user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(password);
        return new(new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password))));
    }

    public static DicomWebAuthentication Bearer(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        return new(new AuthenticationHeaderValue("Bearer", token));
    }

    internal void Apply(HttpRequestMessage request) => request.Headers.Authorization = _header;

    /// <summary>Never prints the secret.</summary>
    public override string ToString() => _header?.Scheme ?? "none";
}
