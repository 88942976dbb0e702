using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Server.Audit;
using SlicerBridge.Server.Registry;
using SlicerBridge.Server.Security;
using SlicerBridge.Server.Services;
using SlicerBridge.Server.Volumes;
using SlicerBridge.Server.Work;

namespace SlicerBridge.Server.Hosting;

/// <summary>Builds the gRPC server: Kestrel, the services, health, reflection, gRPC-Web and CORS.</summary>
public static class ServerHost
{
    public const string CorsPolicy = "viewers";

    /// <param name="options">Command-line choices; they override the configuration's <c>SlicerBridge</c> section.</param>
    /// <param name="configuration">Extra configuration (a JSON file, Kestrel TLS settings); may be null.</param>
    /// <param name="configureLogging">Lets a host (or a test) route logs.</param>
    public static WebApplication Build(ServerOptions options, IConfiguration? configuration = null, Action<ILoggingBuilder>? configureLogging = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        if (configuration is not null)
        {
            builder.Configuration.AddConfiguration(configuration);
        }

        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning).AddFilter("Grpc", LogLevel.Warning);
        configureLogging?.Invoke(builder.Logging);

        var tokens = TokenStore.Load(options.TokensFile, options.Tokens);
        var addresses = ListenAddresses.All(options, builder.Configuration);
        var exposed = addresses.FirstOrDefault(a => !ListenAddresses.IsLoopback(a));
        if (exposed is not null && !tokens.IsEnabled)
        {
            throw new InvalidInputException("listening beyond loopback needs bearer tokens (--tokens FILE); refusing to start", exposed);
        }

        var parameters = options.ParametersFile is { } file ? ParameterFile.Load(file) : ExtractionParameters.Default;
        if (options.ModelsDirectory is { } models && !Directory.Exists(models))
        {
            throw new InvalidInputException("model folder not found", models);
        }

        var auditPath = options.AuditFile ?? Path.Combine(options.ModelsDirectory ?? ".", "audit.jsonl");
        if (!Enum.TryParse<HttpProtocols>(options.Protocols, ignoreCase: true, out var protocols))
        {
            throw new InvalidInputException($"unknown protocols '{options.Protocols}' (Http2, Http1AndHttp2)", "Protocols");
        }

        // The slim builder leaves HTTPS out; this reads certificates from the Kestrel configuration section.
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = protocols);
            kestrel.Limits.MaxRequestBodySize = null;
        });

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(tokens);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(new AuditLog(auditPath));
        services.AddSingleton(new WorkLimiter(options.MaxConcurrent, options.MaxQueue));
        services.AddSingleton(new VolumeDecoder(options.MaxRequestVoxels));
        services.AddSingleton(new FeatureExtraction(parameters));
        services.AddSingleton<TumourScoring>();
        services.AddSingleton<PacsScoring>();
        services.AddSingleton<Retraining>();
        services.AddSingleton<OutcomeCohort>();
        services.AddSingleton(sp => new ModelRegistry(options.ModelsDirectory, sp.GetRequiredService<ILogger<ModelRegistry>>()));
        services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = options.MaxMessageBytes;
            grpc.MaxSendMessageSize = options.MaxMessageBytes;
            grpc.EnableDetailedErrors = false;
            grpc.Interceptors.Add<CallInterceptor>();
            grpc.Interceptors.Add<AuthInterceptor>();
        });
        services.AddGrpcReflection();
        services.AddGrpcHealthChecks().AddCheck<ModelFolderHealthCheck>("models");
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins([.. options.AllowedOrigins])
            .AllowAnyMethod()
            .AllowAnyHeader()
            .WithExposedHeaders("Grpc-Status", "Grpc-Message", "Grpc-Encoding", "Grpc-Accept-Encoding", "Grpc-Status-Details-Bin", "x-request-id")));

        var app = builder.Build();
        foreach (var url in ListenAddresses.Urls(options, builder.Configuration))
        {
            app.Urls.Add(url);
        }

        app.UseGrpcWeb(new GrpcWebOptions { DefaultEnabled = true });
        app.UseCors();
        app.MapGrpcService<RadiomicsService>().RequireCors(CorsPolicy);
        app.MapGrpcService<ModelService>().RequireCors(CorsPolicy);
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        app.Lifetime.ApplicationStopped.Register(() => app.Services.GetRequiredService<AuditLog>().Dispose());
        return app;
    }
}
