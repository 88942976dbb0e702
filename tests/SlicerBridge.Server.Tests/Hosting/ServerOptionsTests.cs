using Microsoft.Extensions.Configuration;
using SlicerBridge.Server.Hosting;
using SlicerBridge.Server.Security;

namespace SlicerBridge.Server.Tests.Hosting;

public sealed class ServerOptionsTests
{
    [Fact]
    public void The_configuration_section_binds_and_its_urls_replace_the_default()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SlicerBridge:Urls:0"] = "http://127.0.0.1:6000",
            ["SlicerBridge:MaxQueue"] = "3",
            ["SlicerBridge:AllowedOrigins:0"] = "https://viewer.example",
            ["SlicerBridge:Tokens:0:Name"] = "room-2",
            ["SlicerBridge:Tokens:0:Sha256"] = TokenStore.Hash("secret"),
            ["SlicerBridge:Tokens:0:Roles:0"] = "clinician",
        }).Build();

        var options = configuration.GetSection(ServerOptions.Section).Get<ServerOptions>()!;

        Assert.Equal(["http://127.0.0.1:6000"], ListenAddresses.Urls(options, configuration));
        Assert.Equal(3, options.MaxQueue);
        Assert.Equal(["https://viewer.example"], options.AllowedOrigins);
        Assert.Equal("room-2", new TokenStore(options.Tokens).Find("secret")!.Name);
    }

    [Fact]
    public void Without_urls_or_endpoints_the_server_listens_on_loopback_only()
    {
        var empty = new ConfigurationBuilder().Build();

        Assert.Equal([ServerOptions.DefaultUrl], ListenAddresses.Urls(new ServerOptions(), empty));
        Assert.True(ListenAddresses.IsLoopback(ServerOptions.DefaultUrl));
    }
}
