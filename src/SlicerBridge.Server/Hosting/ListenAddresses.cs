using System.Net;
using Microsoft.Extensions.Configuration;
using SlicerBridge.Imaging;

namespace SlicerBridge.Server.Hosting;

/// <summary>Decides whether every address the server will listen on is loopback (the only case allowed without tokens).</summary>
public static class ListenAddresses
{
    /// <summary>The <c>--urls</c> values and every Kestrel endpoint URL in configuration.</summary>
    public static IReadOnlyList<string> All(ServerOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(configuration);
        var endpoints = configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(e => e["Url"])
            .OfType<string>();
        return options.Urls.Concat(endpoints).ToList();
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
