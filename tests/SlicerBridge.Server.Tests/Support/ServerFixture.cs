using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SlicerBridge.Server.Hosting;
using SlicerBridge.Server.Security;
using SlicerBridge.Server.Work;
using SlicerBridge.Testing;

namespace SlicerBridge.Server.Tests.Support;

/// <summary>
/// A real server on 127.0.0.1 (Kestrel, HTTP/2, a free port) with a clinician token, an admin token,
/// two registered model packages and an audit log in a temporary folder.
/// </summary>
public sealed class ServerFixture : IAsyncLifetime, IAsyncDisposable
{
    public const string ClinicianToken = "clinician-token-0123456789abcdef";
    public const string AdminToken = "admin-token-fedcba9876543210";

    private readonly TempDirectory _folder = new();
    private readonly Func<ServerOptions, ServerOptions> _configure;
    private readonly IConfiguration? _configuration;
    private readonly Action<GrpcChannelOptions>? _channel;
    private WebApplication? _app;

    public ServerFixture()
        : this(o => o)
    {
    }

    /// <param name="configure">Changes to the default test options.</param>
    /// <param name="configuration">Extra configuration, e.g. a Kestrel TLS endpoint.</param>
    /// <param name="channel">Changes to the channel, e.g. a gRPC-Web handler or one trusting a test certificate.</param>
    internal ServerFixture(Func<ServerOptions, ServerOptions> configure, IConfiguration? configuration = null, Action<GrpcChannelOptions>? channel = null)
    {
        _configure = configure;
        _configuration = configuration;
        _channel = channel;
    }

    public string Folder => _folder.Path;

    public string Address { get; private set; } = "";

    public string ModelsFolder => _folder.File("models");

    public string AuditPath => _folder.File("audit.jsonl");

    public GrpcChannel Channel { get; private set; } = null!;

    public WorkLimiter Limiter => _app!.Services.GetRequiredService<WorkLimiter>();

    public static Metadata Bearer(string token) => new() { { "authorization", "Bearer " + token } };

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ModelsFolder);
        TestPackages.Write(ModelsFolder, "hcc-proliferative", "1.0.0");
        TestPackages.Write(ModelsFolder, "hcc-proliferative", "1.1.0");
        var options = _configure(new ServerOptions
        {
            Urls = ["http://127.0.0.1:0"],
            ModelsDirectory = ModelsFolder,
            AuditFile = AuditPath,
            Tokens =
            [
                new TokenEntry { Name = "reading-room", Sha256 = TokenStore.Hash(ClinicianToken), Roles = [Roles.Clinician] },
                new TokenEntry { Name = "physicist", Sha256 = TokenStore.Hash(AdminToken), Roles = [Roles.Admin] },
            ],
        });
        _app = ServerHost.Build(options, _configuration, logging => logging.ClearProviders());
        await _app.StartAsync();
        Address = _app.Urls.First();
        var channelOptions = new GrpcChannelOptions { MaxReceiveMessageSize = 64 << 20, MaxSendMessageSize = null };
        _channel?.Invoke(channelOptions);
        Channel = GrpcChannel.ForAddress(Address, channelOptions);
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        Channel?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _folder.Dispose();
    }
}
