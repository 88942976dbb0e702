using SlicerBridge.Dicom.IO;

namespace SlicerBridge.Dicom.Web;

/// <summary>Connection, retry and size settings of <see cref="DicomWebClient"/>.</summary>
public sealed record DicomWebClientOptions
{
    /// <summary>The DICOMweb root, e.g. http://127.0.0.1:8042/dicom-web (a trailing slash is optional).</summary>
    public required Uri BaseUri { get; init; }

    public DicomWebAuthentication Authentication { get; init; } = DicomWebAuthentication.None;

    /// <summary>Limit for one attempt of one request, body included (default 60 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Extra attempts after a network failure, timeout, 408, 429, 502, 503 or 504 (default 3). Only idempotent
    /// requests (GET) are retried; STOW-RS is not, because a repeated POST could store twice.
    /// </summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>First retry delay; it doubles on every further attempt, plus up to 50% jitter (default 200 ms).</summary>
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// How long an idle pooled connection is kept (default 0.5 s). It must stay below the server's keep-alive
    /// (Orthanc closes idle connections after 1 s), or a request can be sent on a connection the server just closed.
    /// </summary>
    public TimeSpan PooledConnectionIdleTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Concurrent connections to the server (default 4); frame retrieval uses as many in parallel.</summary>
    public int MaxConnections { get; init; } = 4;

    /// <summary>Largest response body accepted (default 2 GiB), checked before and while reading.</summary>
    public long MaxResponseBytes { get; init; } = 2L << 30;

    /// <summary>Limits for the Part 10 files of WADO-RS instance retrieval.</summary>
    public DicomReaderOptions ReaderOptions { get; init; } = DicomReaderOptions.Default;
}
