namespace SlicerBridge.Server.Hosting;

/// <summary>
/// How <c>slicerbridge serve</c> runs. Bound from the <c>SlicerBridge</c> configuration section, then
/// overridden by command-line options.
/// </summary>
public sealed record ServerOptions
{
    public const string Section = "SlicerBridge";

    /// <summary>Listened on when neither <see cref="Urls"/> nor Kestrel endpoints are configured: plain HTTP/2 on loopback.</summary>
    public const string DefaultUrl = "http://127.0.0.1:50051";

    /// <summary>
    /// Where to listen (empty: <see cref="DefaultUrl"/>, unless Kestrel endpoints are configured). TLS endpoints
    /// come from Kestrel's configuration. Empty by default so configuration binding replaces rather than extends it.
    /// </summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>The model registry: versioned <c>*.model.json</c> packages and the <c>active.json</c> pointer.</summary>
    public string? ModelsDirectory { get; init; }

    /// <summary>JSON file of hashed bearer tokens (see <see cref="Security.TokenStore"/>).</summary>
    public string? TokensFile { get; init; }

    /// <summary>Hashed tokens given in configuration rather than a file.</summary>
    public IReadOnlyList<Security.TokenEntry> Tokens { get; init; } = [];

    /// <summary>Audit log (JSON lines). Default: <c>audit.jsonl</c> in the models folder, else in the working folder.</summary>
    public string? AuditFile { get; init; }

    /// <summary>PyRadiomics parameter file used when a request brings none.</summary>
    public string? ParametersFile { get; init; }

    /// <summary>Browser origins allowed to call through gRPC-Web (e.g. an OHIF deployment). None: no cross-origin calls.</summary>
    public IReadOnlyList<string> AllowedOrigins { get; init; } = [];

    /// <summary>
    /// Kestrel protocols for endpoints without their own setting. Plain-text HTTP/2 needs <c>Http2</c> alone;
    /// with TLS, <c>Http1AndHttp2</c> also serves gRPC-Web from browsers.
    /// </summary>
    public string Protocols { get; init; } = "Http2";

    /// <summary>Extractions running at once; later calls wait in the queue.</summary>
    public int MaxConcurrent { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Calls allowed to wait for a slot; beyond that the server answers RESOURCE_EXHAUSTED.</summary>
    public int MaxQueue { get; init; } = 16;

    /// <summary>Largest single message. Cropped VOIs fit; whole series go through the streaming RPCs in chunks.</summary>
    public int MaxMessageBytes { get; init; } = 64 * 1024 * 1024;

    /// <summary>
    /// Folder that cohort manifests for RetrainModel must lie in (with their images). None: the server does not retrain.
    /// Keeping manifests under one folder stops a caller from pointing the server at any file it can read.
    /// </summary>
    public string? TrainingDirectory { get; init; }

    /// <summary>
    /// The TACE outcome cohort shown on risk panels: a CSV with each patient's radscore, PFS time and event,
    /// cut at the scoring model's radscore cut-off. None: panels say that PFS is not available.
    /// </summary>
    public string? OutcomesTable { get; init; }

    public string OutcomesTimeColumn { get; init; } = "pfs_months";

    public string OutcomesEventColumn { get; init; } = "pfs_event";

    public string OutcomesScoreColumn { get; init; } = "radscore";

    /// <summary>PACS the ScoreFromPacs call may use, by name. None: the call answers FAILED_PRECONDITION.</summary>
    public IReadOnlyList<Pacs.PacsEndpoint> Pacs { get; init; } = [];

    /// <summary>Voxels of all images and masks of one request together (two 512x512x300 phases with masks fit).</summary>
    public long MaxRequestVoxels { get; init; } = 320_000_000;
}
