namespace SlicerBridge.Dicom.Web;

/// <summary>
/// A Content-Type value split into its media type and parameters. Parameter values may be quoted and
/// contain ';' (Orthanc: <c>type="application/octet-stream; transfer-syntax=1.2.840.10008.1.2.1"</c>).
/// </summary>
public sealed class MediaType
{
    private readonly Dictionary<string, string> _parameters;

    private MediaType(string type, Dictionary<string, string> parameters)
    {
        Type = type;
        _parameters = parameters;
    }

    /// <summary>The lower-case type/subtype, e.g. "multipart/related".</summary>
    public string Type { get; }

    public string? this[string parameter] => _parameters.GetValueOrDefault(parameter);

    public static MediaType Parse(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var pieces = new List<string>();
        var start = 0;
        var quoted = false;
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '"')
            {
                quoted = !quoted;
            }
            else if (value[i] == ';' && !quoted)
            {
                pieces.Add(value[start..i]);
                start = i + 1;
            }
        }

        pieces.Add(value[start..]);
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var piece in pieces.Skip(1))
        {
            var equals = piece.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                parameters[piece[..equals].Trim()] = piece[(equals + 1)..].Trim().Trim('"');
            }
        }

        return new MediaType(pieces[0].Trim().ToLowerInvariant(), parameters);
    }

    public override string ToString() => Type;
}
