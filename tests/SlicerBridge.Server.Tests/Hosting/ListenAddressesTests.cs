using Microsoft.Extensions.Configuration;
using SlicerBridge.Imaging;
using SlicerBridge.Server.Hosting;

namespace SlicerBridge.Server.Tests.Hosting;

public sealed class ListenAddressesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:50051", true)]
    [InlineData("http://localhost:0", true)]
    [InlineData("http://[::1]:5000", true)]
    [InlineData("https://0.0.0.0:443", false)]
    [InlineData("http://*:5000", false)]
    [InlineData("http://+:5000", false)]
    [InlineData("http://10.1.2.3:5000", false)]
    public void Loopback_is_recognised(string url, bool loopback)
    {
        Assert.Equal(loopback, ListenAddresses.IsLoopback(url));
    }

    [Fact]
    public void The_server_refuses_to_listen_beyond_loopback_without_tokens()
    {
        var error = Assert.Throws<InvalidInputException>(() => { ServerHost.Build(new ServerOptions { Urls = ["http://0.0.0.0:0"] }); });

        Assert.Contains("needs bearer tokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kestrel_endpoints_from_configuration_count_too()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Kestrel:Endpoints:Https:Url"] = "https://0.0.0.0:8443" })
            .Build();

        Assert.Contains("https://0.0.0.0:8443", ListenAddresses.All(new ServerOptions(), configuration));
        Assert.Throws<InvalidInputException>(() => { ServerHost.Build(new ServerOptions(), configuration); });
    }
}
