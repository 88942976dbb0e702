using SlicerBridge.Dicom.Web;

namespace SlicerBridge.Server.Pacs;

/// <summary>
/// A PACS the server may read from and write to over DICOMweb, configured by hospital IT
/// (<c>SlicerBridge:Pacs</c>). Callers name it; they never send a URL or credentials, so the server
/// cannot be pointed at an arbitrary host.
/// </summary>
public sealed record PacsEndpoint
{
    public required string Name { get; init; }

    /// <summary>The DICOMweb root, e.g. <c>https://pacs.example/dicom-web</c>.</summary>
    public required string BaseUrl { get; init; }

    public string? BearerToken { get; init; }

    public string? Username { get; init; }

    public string? Password { get; init; }

    public DicomWebClientOptions ClientOptions() => new()
    {
        BaseUri = new Uri(BaseUrl.TrimEnd('/') + "/"),
        Authentication = BearerToken is { Length: > 0 } token ? DicomWebAuthentication.Bearer(token)
            : Username is { Length: > 0 } user ? DicomWebAuthentication.Basic(user, Password ?? "")
            : DicomWebAuthentication.None,
    };
}
