using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client.Web;
using Microsoft.Extensions.Configuration;
using SlicerBridge.Server.Tests.Support;
using SlicerBridge.Server.V1;

namespace SlicerBridge.Server.Tests.Integration;

/// <summary>TLS from Kestrel configuration, gRPC-Web with CORS for browser viewers, and the message-size limit.</summary>
public sealed class TransportTests
{
    private const string Viewer = "https://viewer.example";

    [Fact]
    public async Task A_TLS_endpoint_from_the_Kestrel_configuration_serves_gRPC()
    {
        using var certificate = SelfSigned();
        using var folder = new Testing.TempDirectory();
        var pfx = folder.File("server.pfx");
        await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "test-password"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Https:Url"] = "https://127.0.0.1:0",
            ["Kestrel:Endpoints:Https:Certificate:Path"] = pfx,
            ["Kestrel:Endpoints:Https:Certificate:Password"] = "test-password",
        }).Build();
        var thumbprint = certificate.Thumbprint;
        await using var server = new ServerFixture(o => o with { Urls = [] }, configuration, channel => channel.HttpHandler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == thumbprint,
        });
        await server.InitializeAsync();

        var health = await new Health.HealthClient(server.Channel).CheckAsync(new HealthCheckRequest());
        var models = await new Models.ModelsClient(server.Channel).ListModelsAsync(new ListModelsRequest(), ServerFixture.Bearer(ServerFixture.ClinicianToken));

        Assert.StartsWith("https://127.0.0.1:", server.Address, StringComparison.Ordinal);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
        Assert.Equal(2, models.Models.Count);
    }

    [Fact]
    public async Task Browsers_call_through_gRPC_Web_from_an_allowed_origin_only()
    {
        await using var server = new ServerFixture(o => o with { Protocols = "Http1AndHttp2", AllowedOrigins = [Viewer] },
            channel: channel =>
            {
                channel.HttpHandler = new GrpcWebHandler(GrpcWebMode.GrpcWebText, new HttpClientHandler());
                channel.HttpVersion = HttpVersion.Version11;
            });
        await server.InitializeAsync();

        var models = await new Models.ModelsClient(server.Channel).ListModelsAsync(new ListModelsRequest(), ServerFixture.Bearer(ServerFixture.ClinicianToken));
        using var http = new HttpClient();
        var allowed = await http.SendAsync(Preflight(server.Address, Viewer));
        var other = await http.SendAsync(Preflight(server.Address, "https://elsewhere.example"));

        Assert.Equal(2, models.Models.Count);
        Assert.Equal(Viewer, Assert.Single(allowed.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_message_over_the_size_limit_is_refused_and_the_same_volume_streams_in_chunks()
    {
        await using var server = new ServerFixture(o => o with { MaxMessageBytes = 256 * 1024 });
        await server.InitializeAsync();
        var client = new V1.Radiomics.RadiomicsClient(server.Channel);
        var token = ServerFixture.Bearer(ServerFixture.ClinicianToken);
        var big = new ExtractFeaturesRequest { Arterial = Requests.Cube(64), Venous = Requests.Cube(64) }; // 768 KiB per phase

        var error = await Assert.ThrowsAsync<RpcException>(() => client.ExtractFeaturesAsync(big, token).ResponseAsync);
        using var call = client.ExtractFeaturesStream(token);
        await RadiomicsIntegrationTests.SendStreamed(call.RequestStream, big, chunkBytes: 64 * 1024);
        await call.RequestStream.CompleteAsync();

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal(2 * 107, (await call.ResponseAsync).Result.Features.Count);
    }

    [Fact]
    public async Task Health_turns_not_serving_when_the_model_folder_goes_away()
    {
        await using var server = new ServerFixture();
        await server.InitializeAsync();
        var health = new Health.HealthClient(server.Channel);
        var before = await health.CheckAsync(new HealthCheckRequest());

        Directory.Delete(server.ModelsFolder, recursive: true);
        var after = await health.CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, before.Status);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, after.Status);
    }

    private static HttpRequestMessage Preflight(string address, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, address + "/slicerbridge.v1.Models/ListModels");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-grpc-web,authorization");
        return request;
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
    }
}
