using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using SlicerBridge.Dicom.IO;

namespace SlicerBridge.Dicom.Web;

/// <summary>
/// A DICOMweb client on <see cref="HttpClient"/>: QIDO-RS search, WADO-RS metadata, frames and
/// instances, STOW-RS. Every GET is retried with exponential backoff on network failures, timeouts and
/// transient statuses; POST is never retried. One pooled handler reuses connections, closing idle ones
/// before the server's keep-alive runs out (see <see cref="DicomWebClientOptions.PooledConnectionIdleTimeout"/>).
/// </summary>
public sealed class DicomWebClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly DicomWebClientOptions _options;
    private readonly string _root;

    public DicomWebClient(DicomWebClientOptions options)
        : this(options, CreateHandler(options), ownsHandler: true)
    {
    }

    /// <summary>Uses <paramref name="handler"/> for transport (tests, proxies); it is disposed with the client when <paramref name="ownsHandler"/>.</summary>
    public DicomWebClient(DicomWebClientOptions options, HttpMessageHandler handler, bool ownsHandler)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(handler);
        _options = options;
        _root = options.BaseUri.ToString().TrimEnd('/');
        _http = new HttpClient(handler, ownsHandler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public DicomWebClientOptions Options => _options;

    /// <summary>QIDO-RS /studies with query keys (keywords or tags, e.g. PatientID, StudyDate=20240101-20240131, limit, includefield).</summary>
    public Task<IReadOnlyList<DicomDataset>> SearchStudiesAsync(IEnumerable<KeyValuePair<string, string>>? query = null, CancellationToken cancellationToken = default) =>
        SearchAsync("/studies", query, cancellationToken);

    /// <summary>QIDO-RS /studies/{study}/series, or /series when <paramref name="studyInstanceUid"/> is null.</summary>
    public Task<IReadOnlyList<DicomDataset>> SearchSeriesAsync(string? studyInstanceUid = null, IEnumerable<KeyValuePair<string, string>>? query = null, CancellationToken cancellationToken = default) =>
        SearchAsync(studyInstanceUid is null ? "/series" : $"/studies/{Segment(studyInstanceUid)}/series", query, cancellationToken);

    /// <summary>QIDO-RS instances of a series, of a study, or of all studies.</summary>
    public Task<IReadOnlyList<DicomDataset>> SearchInstancesAsync(string? studyInstanceUid = null, string? seriesInstanceUid = null, IEnumerable<KeyValuePair<string, string>>? query = null, CancellationToken cancellationToken = default)
    {
        if (seriesInstanceUid is not null && studyInstanceUid is null)
        {
            throw new ArgumentException("a series search needs its study", nameof(studyInstanceUid));
        }

        var path = studyInstanceUid is null ? "/instances"
            : seriesInstanceUid is null ? $"/studies/{Segment(studyInstanceUid)}/instances"
            : $"/studies/{Segment(studyInstanceUid)}/series/{Segment(seriesInstanceUid)}/instances";
        return SearchAsync(path, query, cancellationToken);
    }

    /// <summary>WADO-RS metadata of every instance of a series (in the server's order; do not rely on it).</summary>
    public async Task<IReadOnlyList<DicomDataset>> RetrieveSeriesMetadataAsync(string studyInstanceUid, string seriesInstanceUid, CancellationToken cancellationToken = default)
    {
        var path = $"/studies/{Segment(studyInstanceUid)}/series/{Segment(seriesInstanceUid)}/metadata";
        var (body, _) = await GetAsync(path, "application/dicom+json", cancellationToken).ConfigureAwait(false);
        return DicomJsonReader.ReadArray(body.Span, path);
    }

    /// <summary>WADO-RS frames of one instance as raw little-endian pixel bytes (Explicit VR LE; the server transcodes compressed files).</summary>
    public async Task<IReadOnlyList<ReadOnlyMemory<byte>>> RetrieveFramesAsync(
        string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, IReadOnlyList<int> frameNumbers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frameNumbers);
        if (frameNumbers.Count == 0 || frameNumbers.Any(f => f < 1))
        {
            throw new ArgumentException("frame numbers start at 1", nameof(frameNumbers));
        }

        var path = $"/studies/{Segment(studyInstanceUid)}/series/{Segment(seriesInstanceUid)}/instances/{Segment(sopInstanceUid)}/frames/" +
                   string.Join(',', frameNumbers.Select(f => f.ToString(CultureInfo.InvariantCulture)));
        var explicitVR = TransferSyntax.ExplicitVRLittleEndian.Uid;
        var accept = $"multipart/related; type=\"application/octet-stream\"; transfer-syntax={explicitVR}";
        var (body, contentType) = await GetAsync(path, accept, cancellationToken).ConfigureAwait(false);
        var parts = MultipartRelated.Parse(contentType, body);
        if (parts.Count != frameNumbers.Count)
        {
            throw new DicomWebException($"asked for {frameNumbers.Count} frame(s), received {parts.Count}");
        }

        foreach (var part in parts)
        {
            var type = MediaType.Parse(part.ContentType);
            var syntax = type["transfer-syntax"];
            if (type.Type != "application/octet-stream" || (syntax is not null && syntax != explicitVR && syntax != TransferSyntax.ImplicitVRLittleEndian.Uid))
            {
                throw new DicomWebException($"frame came back as '{part.ContentType}', not uncompressed little-endian pixels");
            }
        }

        return parts.Select(p => p.Content).ToList();
    }

    /// <summary>WADO-RS retrieve of one instance as a Part 10 file (transcoded by the server to Explicit VR LE).</summary>
    public async Task<DicomFile> RetrieveInstanceAsync(string studyInstanceUid, string seriesInstanceUid, string sopInstanceUid, CancellationToken cancellationToken = default)
    {
        var files = await RetrieveFilesAsync($"/studies/{Segment(studyInstanceUid)}/series/{Segment(seriesInstanceUid)}/instances/{Segment(sopInstanceUid)}", cancellationToken).ConfigureAwait(false);
        return files.Count == 1 ? files[0] : throw new DicomWebException($"expected one instance, received {files.Count}");
    }

    /// <summary>WADO-RS retrieve of every instance of a series as Part 10 files.</summary>
    public Task<IReadOnlyList<DicomFile>> RetrieveSeriesAsync(string studyInstanceUid, string seriesInstanceUid, CancellationToken cancellationToken = default) =>
        RetrieveFilesAsync($"/studies/{Segment(studyInstanceUid)}/series/{Segment(seriesInstanceUid)}", cancellationToken);

    /// <summary>STOW-RS of Part 10 files in one request (to /studies, or /studies/{study} to have the server check the study).</summary>
    public async Task<StowResult> StoreAsync(IEnumerable<ReadOnlyMemory<byte>> files, string? studyInstanceUid = null, CancellationToken cancellationToken = default)
    {
        var (body, contentType) = MultipartRelated.Build(files);
        var path = studyInstanceUid is null ? "/studies" : $"/studies/{Segment(studyInstanceUid)}";
        var response = await SendAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Post, _root + path) { Content = new ByteArrayContent(body) };
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/dicom+json"));
                return request;
            },
            idempotent: false, cancellationToken).ConfigureAwait(false);
        // 200 all stored, 202 some failed, 409 none stored: the body says which in every case.
        if (response.Status is HttpStatusCode.OK or HttpStatusCode.Accepted or HttpStatusCode.Conflict && response.Body.Length > 0)
        {
            return StowResult.FromDataset(DicomJsonReader.ReadObject(response.Body.Span, path));
        }

        throw new DicomWebException($"STOW-RS {PathOnly(path)} failed: HTTP {(int)response.Status} {response.Reason}", response.Status);
    }

    public void Dispose() => _http.Dispose();

    private static SocketsHttpHandler CreateHandler(DicomWebClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SocketsHttpHandler
        {
            PooledConnectionIdleTimeout = options.PooledConnectionIdleTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            MaxConnectionsPerServer = options.MaxConnections,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
        };
    }

    private static string Segment(string uid)
    {
        ArgumentException.ThrowIfNullOrEmpty(uid);
        return Uri.EscapeDataString(uid.Trim());
    }

    private async Task<IReadOnlyList<DicomDataset>> SearchAsync(string path, IEnumerable<KeyValuePair<string, string>>? query, CancellationToken cancellationToken)
    {
        var queryString = query is null ? "" : string.Join('&', query.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        var (body, _) = await GetAsync(queryString.Length == 0 ? path : path + "?" + queryString, "application/dicom+json", cancellationToken).ConfigureAwait(false);
        return body.Length == 0 ? [] : DicomJsonReader.ReadArray(body.Span, path);
    }

    private async Task<IReadOnlyList<DicomFile>> RetrieveFilesAsync(string path, CancellationToken cancellationToken)
    {
        var (body, contentType) = await GetAsync(path, "multipart/related; type=\"application/dicom\"", cancellationToken).ConfigureAwait(false);
        var reader = new DicomReader(_options.ReaderOptions);
        return MultipartRelated.Parse(contentType, body)
            .Select(part => MediaType.Parse(part.ContentType).Type == "application/dicom"
                ? reader.Read(part.Content, path)
                : throw new DicomWebException($"expected application/dicom parts, got '{part.ContentType}'"))
            .ToList();
    }

    private async Task<(ReadOnlyMemory<byte> Body, string ContentType)> GetAsync(string pathAndQuery, string accept, CancellationToken cancellationToken)
    {
        var response = await SendAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, _root + pathAndQuery);
                request.Headers.TryAddWithoutValidation("Accept", accept);
                return request;
            },
            idempotent: true, cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NoContent)
        {
            return (ReadOnlyMemory<byte>.Empty, "");
        }

        if ((int)response.Status is < 200 or > 299)
        {
            throw new DicomWebException($"GET {PathOnly(pathAndQuery)} failed: HTTP {(int)response.Status} {response.Reason}", response.Status);
        }

        return (response.Body, response.ContentType);
    }

    /// <summary>
    /// Sends and reads the whole body under a per-attempt timeout; idempotent requests are retried on
    /// transient failures (including a connection lost mid-body) with exponential backoff.
    /// </summary>
    private async Task<HttpResult> SendAsync(Func<HttpRequestMessage> create, bool idempotent, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var retry = idempotent && attempt < _options.MaxRetries;
            using var request = create();
            _options.Authentication.Apply(request);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.Timeout);
            try
            {
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                if (retry && IsTransient(response.StatusCode))
                {
                    await Backoff(attempt, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var (body, contentType) = await ReadBodyAsync(response, timeout.Token).ConfigureAwait(false);
                return new HttpResult(response.StatusCode, response.ReasonPhrase, body, contentType);
            }
            catch (Exception e) when (e is HttpRequestException or IOException)
            {
                if (!retry)
                {
                    throw new DicomWebException(
                        $"{request.Method} {PathOnly(request.RequestUri!.AbsolutePath)} failed: {e.Message}", (e as HttpRequestException)?.StatusCode, e);
                }
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                if (!retry)
                {
                    throw new DicomWebException($"{request.Method} {PathOnly(request.RequestUri!.AbsolutePath)} timed out after {_options.Timeout.TotalSeconds:0.#} s", null, e);
                }
            }

            await Backoff(attempt, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(ReadOnlyMemory<byte> Body, string ContentType)> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var declared = response.Content.Headers.ContentLength;
        if (declared > _options.MaxResponseBytes || declared > Array.MaxLength)
        {
            throw new DicomWebException($"response of {declared} bytes exceeds the limit of {_options.MaxResponseBytes}");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = declared is { } length ? new MemoryStream((int)length) : new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxResponseBytes)
            {
                throw new DicomWebException($"response exceeds the limit of {_options.MaxResponseBytes} bytes");
            }

            buffer.Write(chunk, 0, read);
        }

        var contentType = response.Content.Headers.TryGetValues("Content-Type", out var values) ? string.Join(", ", values) : "";
        return (buffer.GetBuffer().AsMemory(0, (int)buffer.Length), contentType);
    }

    private sealed record HttpResult(HttpStatusCode Status, string? Reason, ReadOnlyMemory<byte> Body, string ContentType);

    private Task Backoff(int attempt, CancellationToken cancellationToken)
    {
        var delay = _options.RetryBaseDelay * Math.Pow(2, attempt) * (1 + 0.5 * Random.Shared.NextDouble());
        return Task.Delay(delay, cancellationToken);
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    /// <summary>Query strings can hold patient identifiers; messages keep the path only.</summary>
    private static string PathOnly(string pathAndQuery) => pathAndQuery.Split('?')[0];
}
