using System.Collections.Concurrent;
using Grpc.Core;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Server.Errors;
using SlicerBridge.Server.Hosting;
using SlicerBridge.Server.Registry;
using SlicerBridge.Server.V1;
using ProtoRiskGroup = SlicerBridge.Server.V1.RiskGroup;

namespace SlicerBridge.Server.Services;

/// <summary>
/// Chooses the model a score uses (the request's, else the active one), keeps one <see cref="ModelScorer"/>
/// per package hash (building one validates the package and plans its extraction), and turns a
/// <see cref="ScoreResult"/> into the wire message.
/// </summary>
public sealed class TumourScoring(ModelRegistry registry)
{
    private readonly ConcurrentDictionary<string, ModelScorer> _scorers = new(StringComparer.Ordinal);

    /// <summary>The scorer of the model the request names (else the active model), recorded for the audit log.</summary>
    public ModelScorer Resolve(ScoreTumourRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Resolve(request.ModelId, request.ModelVersion, context);
    }

    /// <summary>The scorer of model <paramref name="modelId"/> (newest version when none is given), else of the active model.</summary>
    public ModelScorer Resolve(string modelId, string modelVersion, ServerCallContext context)
    {
        RegisteredModel model;
        if (string.IsNullOrEmpty(modelId))
        {
            if (!string.IsNullOrEmpty(modelVersion))
            {
                throw Failures.InvalidArgument("model_version", "a version needs its model_id");
            }

            model = registry.Active()
                ?? throw Failures.FailedPrecondition("no model is active on this server; an administrator must activate one (ActivateModel)");
        }
        else
        {
            model = registry.Find(modelId, modelVersion);
        }

        var info = CallInfo.Of(context);
        info.ModelId = model.Id;
        info.ModelVersion = model.Version;
        return _scorers.GetOrAdd(model.Package.Sha256, _ => new ModelScorer(model.Package));
    }

    public static ScoreResult Score(ModelScorer scorer, IReadOnlyList<PhaseInput> phases, ScoreTumourRequest request,
        CancellationToken cancellationToken)
    {
        var clinical = Clinical(request.HasAfpNgMl ? request.AfpNgMl : null);
        return scorer.Score(phases.FirstOrDefault(p => p.Where == "arterial"), phases.FirstOrDefault(p => p.Where == "venous"), clinical, cancellationToken);
    }

    /// <summary>The clinical values a request carries, by the variable names nomograms use.</summary>
    public static Dictionary<string, double> Clinical(double? afpNgMl)
    {
        var clinical = new Dictionary<string, double>(StringComparer.Ordinal);
        if (afpNgMl is { } afp)
        {
            clinical[ClinicalVariables.AfpNgMl.Name] = afp;
        }

        return clinical;
    }

    public static ScoreTumourResponse ToMessage(ScoreResult result, string requestId, double serverMs)
    {
        ArgumentNullException.ThrowIfNull(result);
        var response = new ScoreTumourResponse
        {
            Model = new ModelRef
            {
                Id = result.Model.Id, Version = result.Model.Version, Sha256 = result.Model.Sha256 ?? "", IntendedUse = result.Model.IntendedUse,
            },
            Demonstration = result.Demonstration,
            Notice = result.Notice ?? "",
            Radscore = new Radscore { Value = result.Radscore.Value, Cutoff = result.Radscore.Cutoff, RiskGroup = Group(result.Radscore.RiskGroup) },
            Nomogram = new V1.NomogramScore
            {
                Intercept = result.Nomogram.Intercept,
                LinearPredictor = result.Nomogram.LinearPredictor,
                Probability = result.Nomogram.Probability,
                Cutoff = result.Nomogram.Cutoff,
                RiskGroup = Group(result.Nomogram.RiskGroup),
            },
            ExtractionMs = result.Timing.ExtractionMs,
            ServerMs = serverMs,
            RequestId = requestId,
        };
        foreach (var t in result.Nomogram.Terms)
        {
            var term = new V1.NomogramTermScore
            {
                Name = t.Name, Variable = t.Variable, Input = t.Input, Value = t.Value, Coefficient = t.Coefficient, Contribution = t.Contribution,
            };
            if (t.Threshold is { } threshold)
            {
                term.Threshold = threshold;
            }

            response.Nomogram.Terms.Add(term);
        }

        response.Drivers.AddRange(result.Drivers.Select(d => new Driver
        {
            Name = d.Name, Value = d.Value, Mean = d.Mean, Sd = d.Sd, Z = d.Z, Coefficient = d.Coefficient,
            Contribution = d.Contribution, TrainingMin = d.TrainingMin, TrainingMax = d.TrainingMax,
        }));
        response.Warnings.AddRange(result.Warnings.Select(w => new V1.ScoreWarning { Code = w.Code, Message = w.Message, Subject = w.Subject ?? "" }));
        foreach (var voi in result.Phases)
        {
            var phase = new V1.PhaseVoi { Phase = voi.Phase, Voxels = voi.Voxels, VolumeMl = voi.VolumeMl };
            phase.SpacingMm.AddRange(voi.SpacingMm);
            response.Phases.Add(phase);
        }

        return response;
    }

    private static ProtoRiskGroup Group(Modeling.Scoring.RiskGroup group) =>
        group == Modeling.Scoring.RiskGroup.High ? ProtoRiskGroup.High : ProtoRiskGroup.Low;
}
