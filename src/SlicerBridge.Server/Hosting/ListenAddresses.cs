using System.Net;
using Microsoft.Extensions.Configuration;
using SlicerBridge.Imaging;

namespace SlicerBridge.Server.Hosting;

/// <summary>Decides whether every address the server will listen on is loopback (the only case allowed without tokens).</summary>
public static class ListenAddresses
{
    /// <summary>The URLs to add to the server: the options', else the default when Kestrel has no endpoints of its own.</summary>
    public static IReadOnlyList<string> Urls(ServerOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Urls.Count > 0 ? options.Urls : Endpoints(configuration).Count > 0 ? [] : [ServerOptions.DefaultUrl];
    }

    /// <summary>Every address the server will listen on: <see cref="Urls"/> and every Kestrel endpoint in configuration.</summary>
    public static IReadOnlyList<string> All(ServerOptions options, IConfiguration configuration) =>
        Urls(options, configuration).Concat(Endpoints(configuration)).ToList();

    private static List<string> Endpoints(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"]).OfType<string>().ToList();
    }

    public static bool IsLoopback(string url)
    {
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal),
                UriKind.Absolute, out var uri))
        {
            throw new InvalidInputException("listen address is not a URL", url);
        }

        if (uri.IsLoopback)
        {
            return true;
        }

        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address);
    }
}
