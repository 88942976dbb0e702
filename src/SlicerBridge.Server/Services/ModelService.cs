using System.Threading.Channels;
using Grpc.Core;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Server.Errors;
using SlicerBridge.Server.Hosting;
using SlicerBridge.Server.Registry;
using SlicerBridge.Server.V1;
using SlicerBridge.Server.Work;

namespace SlicerBridge.Server.Services;

/// <summary>The model registry over gRPC: list, inspect and activate versioned packages.</summary>
public sealed class ModelService(ModelRegistry registry, TimeProvider clock, Retraining retraining, WorkLimiter limiter) : Models.ModelsBase
{
    public override Task<ListModelsResponse> ListModels(ListModelsRequest request, ServerCallContext context)
    {
        var active = registry.Active();
        var response = new ListModelsResponse();
        response.Models.AddRange(registry.List().Select(m => Summary(m, active)));
        return Task.FromResult(response);
    }

    public override Task<GetModelResponse> GetModel(GetModelRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireId(request.Id);
        var model = registry.Find(request.Id, request.Version);
        Record(context, model);
        var package = model.Package;
        var response = new GetModelResponse
        {
            Summary = Summary(model, registry.Active()),
            RadscoreIntercept = package.Radscore.Intercept,
            RadscoreCutoff = package.Radscore.Cutoff,
            NomogramCutoff = package.Nomogram.Cutoff,
            TrainingDescription = package.Data.Description,
        };
        response.Features.AddRange(package.Features.Select(f => new V1.SelectedFeature
        {
            Name = f.Name, Coefficient = f.Coefficient, Mean = f.Mean, Sd = f.Sd, TrainingMin = f.TrainingMin, TrainingMax = f.TrainingMax,
        }));
        Copy(package.Metrics.Train, response.TrainMetrics);
        Copy(package.Metrics.Validation, response.ValidationMetrics);
        return Task.FromResult(response);
    }

    public override Task<ActivateModelResponse> ActivateModel(ActivateModelRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequireId(request.Id);
        if (string.IsNullOrEmpty(request.Version))
        {
            throw Failures.InvalidArgument("version", "name the exact version to activate");
        }

        var (active, previous) = registry.Activate(request.Id, request.Version, clock.GetUtcNow());
        Record(context, active);
        var activeRef = registry.Active();
        var response = new ActivateModelResponse { Active = Summary(active, activeRef) };
        if (previous is not null)
        {
            response.Previous = Summary(previous, activeRef);
        }

        return Task.FromResult(response);
    }

    /// <summary>Retrains on a cohort in the training folder; progress messages stream while the work runs on a worker thread.</summary>
    public override async Task RetrainModel(RetrainModelRequest request, IServerStreamWriter<RetrainModelResponse> responseStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(responseStream);
        ArgumentNullException.ThrowIfNull(context);
        using var lease = await limiter.EnterAsync(context.CancellationToken).ConfigureAwait(false);
        var progress = Channel.CreateUnbounded<RetrainModelResponse>(new UnboundedChannelOptions { SingleReader = true });
        var work = lease.RunAsync(() =>
        {
            try
            {
                return retraining.Run(request, progress.Writer, context.CancellationToken);
            }
            finally
            {
                progress.Writer.TryComplete();
            }
        }, context.CancellationToken);

        await foreach (var message in progress.Reader.ReadAllAsync(context.CancellationToken).ConfigureAwait(false))
        {
            await responseStream.WriteAsync(message, context.CancellationToken).ConfigureAwait(false);
        }

        var packagePath = await work.ConfigureAwait(false);
        var model = registry.List().First(m => string.Equals(m.Path, packagePath, StringComparison.Ordinal));
        Record(context, model);
        await responseStream.WriteAsync(new RetrainModelResponse
        {
            Stage = "done",
            FractionDone = 1,
            Message = "written to the model folder; activate it after review (ActivateModel)",
            Result = Summary(model, registry.Active()),
        }, context.CancellationToken).ConfigureAwait(false);
    }

    private static void RequireId(string id)
    {
        if (string.IsNullOrEmpty(id))
        {
            throw Failures.InvalidArgument("id", "the model id is required");
        }
    }

    private static void Record(ServerCallContext context, RegisteredModel model)
    {
        var info = CallInfo.Of(context);
        info.ModelId = model.Id;
        info.ModelVersion = model.Version;
    }

    private static ModelSummary Summary(RegisteredModel model, RegisteredModel? active)
    {
        var p = model.Package;
        var summary = new ModelSummary
        {
            Id = p.Id,
            Version = p.Version,
            Created = p.Created,
            Sha256 = p.Sha256,
            IntendedUse = p.IntendedUse,
            Demonstration = p.Demonstration,
            Active = active is not null && active.Id == p.Id && active.Version == p.Version,
            FeatureCount = p.Features.Count,
        };
        summary.Phases.AddRange(p.Extraction.Phases);
        return summary;
    }

    private static void Copy(IReadOnlyDictionary<string, Modeling.Packaging.SetMetrics>? source, Google.Protobuf.Collections.MapField<string, V1.SetMetrics> target)
    {
        foreach (var (name, m) in source ?? new Dictionary<string, Modeling.Packaging.SetMetrics>())
        {
            target[name] = new V1.SetMetrics
            {
                N = m.N, Auc = m.Auc, AucCiLow = m.AucCiLow, AucCiHigh = m.AucCiHigh, Sensitivity = m.Sensitivity, Specificity = m.Specificity,
            };
        }
    }
}
