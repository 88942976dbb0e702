using Grpc.Core;

namespace SlicerBridge.Server.Tests.Support;

/// <summary>A ServerCallContext for calling a service class directly (as in grpc-dotnet's Tester example).</summary>
internal sealed class TestServerCallContext(string method = "/test", CancellationToken cancellationToken = default, Metadata? headers = null) : ServerCallContext
{
    private readonly Dictionary<object, object> _userState = [];

    public Metadata ResponseHeaders { get; } = [];

    protected override string MethodCore => method;

    protected override string HostCore => "localhost";

    protected override string PeerCore => "ipv4:127.0.0.1:1";

    protected override DateTime DeadlineCore => DateTime.MaxValue;

    protected override Metadata RequestHeadersCore => headers ?? [];

    protected override CancellationToken CancellationTokenCore => cancellationToken;

    protected override Metadata ResponseTrailersCore { get; } = [];

    protected override Status StatusCore { get; set; }

    protected override WriteOptions? WriteOptionsCore { get; set; }

    protected override AuthContext AuthContextCore => new(null, []);

    protected override IDictionary<object, object> UserStateCore => _userState;

    protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();

    protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders)
    {
        foreach (var entry in responseHeaders)
        {
            ResponseHeaders.Add(entry);
        }

        return Task.CompletedTask;
    }
}
