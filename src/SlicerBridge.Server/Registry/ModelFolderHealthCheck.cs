using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SlicerBridge.Server.Registry;

/// <summary>Unhealthy when the model folder the server was started with has gone (an unmounted share, a deleted folder).</summary>
public sealed class ModelFolderHealthCheck(ModelRegistry registry) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(registry.Directory is null || Directory.Exists(registry.Directory)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("the model folder is not reachable"));
}
