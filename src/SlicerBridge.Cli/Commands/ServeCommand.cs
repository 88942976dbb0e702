using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using SlicerBridge.Imaging;
using SlicerBridge.Server.Hosting;

namespace SlicerBridge.Cli.Commands;

/// <summary>
/// <c>slicerbridge serve</c>: the gRPC backend for viewer plugins. Prints one <c>listening on &lt;url&gt;</c>
/// line per bound address once it accepts calls, then runs until Ctrl+C.
/// </summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output)
    {
        var urls = new Option<string[]>("--urls") { Description = "Addresses to listen on (default http://127.0.0.1:50051; port 0 picks a free one)", AllowMultipleArgumentsPerToken = true };
        var models = new Option<string?>("--models") { Description = "Model folder: *.model.json packages and active.json" };
        var tokens = new Option<string?>("--tokens") { Description = "Bearer tokens file (hashed); required beyond loopback" };
        var audit = new Option<string?>("--audit") { Description = "Audit log, JSON lines (default: audit.jsonl in the model folder or here)" };
        var parameters = new Option<string?>("--params") { Description = "Default PyRadiomics parameter file for extraction" };
        var config = new Option<string?>("--config") { Description = "JSON configuration (SlicerBridge and Kestrel sections, e.g. TLS certificates)" };
        var origins = new Option<string[]>("--allowed-origin") { Description = "Browser origin allowed to call through gRPC-Web (repeatable)" };
        var maxConcurrent = new Option<int?>("--max-concurrent") { Description = "Extractions running at once (default: processor count)" };
        var maxQueue = new Option<int?>("--max-queue") { Description = "Calls waiting for a slot before RESOURCE_EXHAUSTED (default 16)" };

        var command = new Command("serve", "Run the gRPC server for viewer plugins (3D Slicer, OHIF)")
        {
            urls, models, tokens, audit, parameters, config, origins, maxConcurrent, maxQueue,
        };
        command.SetAction(parse =>
        {
            var configuration = new ConfigurationBuilder();
            if (parse.GetValue(config) is { } configFile)
            {
                if (!File.Exists(configFile))
                {
                    throw new InvalidInputException("configuration file not found", configFile);
                }

                configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false);
            }

            var built = configuration.Build();
            var options = built.GetSection(ServerOptions.Section).Get<ServerOptions>() ?? new ServerOptions();
            options = options with
            {
                Urls = parse.GetValue(urls) is { Length: > 0 } u ? u.SelectMany(x => x.Split(';', StringSplitOptions.RemoveEmptyEntries)).ToList() : options.Urls,
                ModelsDirectory = parse.GetValue(models) ?? options.ModelsDirectory,
                TokensFile = parse.GetValue(tokens) ?? options.TokensFile,
                AuditFile = parse.GetValue(audit) ?? options.AuditFile,
                ParametersFile = parse.GetValue(parameters) ?? options.ParametersFile,
                AllowedOrigins = parse.GetValue(origins) is { Length: > 0 } o ? o : options.AllowedOrigins,
                MaxConcurrent = parse.GetValue(maxConcurrent) ?? options.MaxConcurrent,
                MaxQueue = parse.GetValue(maxQueue) ?? options.MaxQueue,
            };
            if (options.MaxConcurrent < 1 || options.MaxQueue < 0)
            {
                throw new InvalidInputException("--max-concurrent must be at least 1 and --max-queue not negative", "--max-concurrent");
            }

            var app = ServerHost.Build(options, built);
            app.StartAsync().GetAwaiter().GetResult();
            foreach (var address in app.Urls)
            {
                output.WriteLine($"listening on {address}");
            }

            output.Flush();
            app.WaitForShutdownAsync().GetAwaiter().GetResult();
            return CliApp.Success;
        });
        return command;
    }
}
