using System.Diagnostics;
using Google.Protobuf;
using Grpc.Core;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Reporting.RiskPanel;
using SlicerBridge.Server.Errors;
using SlicerBridge.Server.Hosting;
using SlicerBridge.Server.V1;
using SlicerBridge.Server.Volumes;
using SlicerBridge.Server.Work;

namespace SlicerBridge.Server.Services;

/// <summary>
/// Extraction, scoring and the risk panel for viewer plugins. Heavy calls take a slot from the <see cref="WorkLimiter"/>
/// before touching their payload, so a full server refuses new work instead of buffering it.
/// </summary>
public sealed class RadiomicsService(
    VolumeDecoder decoder, FeatureExtraction extraction, TumourScoring scoring, PacsScoring pacs, OutcomeCohort outcomes, WorkLimiter limiter)
    : V1.Radiomics.RadiomicsBase
{
    public override async Task<ExtractFeaturesResponse> ExtractFeatures(ExtractFeaturesRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var clock = Stopwatch.StartNew();
        using var lease = await limiter.EnterAsync(context.CancellationToken).ConfigureAwait(false);
        var parameters = extraction.Parameters(request.ParametersYaml);
        var declared = decoder.Declare(request.Arterial, request.Venous, dataInline: true);
        var phases = declared.Select(d => VolumeDecoder.Decode(d, d.Name == "arterial" ? request.Arterial : request.Venous)).ToList();
        return await Extract(lease, parameters, phases, request.Features, context, clock).ConfigureAwait(false);
    }

    public override async Task<ExtractFeaturesStreamResponse> ExtractFeaturesStream(
        IAsyncStreamReader<ExtractFeaturesStreamRequest> requestStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(context);
        var clock = Stopwatch.StartNew();
        using var lease = await limiter.EnterAsync(context.CancellationToken).ConfigureAwait(false);
        var header = await ReadHeader(requestStream, m => m.PartCase == ExtractFeaturesStreamRequest.PartOneofCase.Header ? m.Header : null,
            context.CancellationToken).ConfigureAwait(false);
        var parameters = extraction.Parameters(header.ParametersYaml);
        var assembler = new ChunkAssembler(decoder.Declare(header.Arterial, header.Venous, dataInline: false));
        await ReadChunks(requestStream, m => m.PartCase == ExtractFeaturesStreamRequest.PartOneofCase.Chunk ? m.Chunk : null, assembler,
            context.CancellationToken).ConfigureAwait(false);

        var result = await Extract(lease, parameters, assembler.Complete(), header.Features, context, clock).ConfigureAwait(false);
        return new ExtractFeaturesStreamResponse { Result = result };
    }

    public override async Task<ScoreTumourResponse> ScoreTumour(ScoreTumourRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var clock = Stopwatch.StartNew();
        using var lease = await limiter.EnterAsync(context.CancellationToken).ConfigureAwait(false);
        var scorer = scoring.Resolve(request, context);
        var declared = decoder.Declare(request.Arterial, request.Venous, dataInline: true);
        var phases = declared.Select(d => VolumeDecoder.Decode(d, d.Name == "arterial" ? request.Arterial : request.Venous)).ToList();
        return await Score(lease, scorer, phases, request, context, clock).ConfigureAwait(false);
    }

    public override async Task<ScoreTumourStreamResponse> ScoreTumourStream(IAsyncStreamReader<ScoreTumourStreamRequest> requestStream, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(requestStream);
        ArgumentNullException.ThrowIfNull(context);
        var clock = Stopwatch.StartNew();
        using var lease = await limiter.EnterAsync(context.CancellationToken).ConfigureAwait(false);
        var header = await ReadHeader(requestStream, m => m.PartCase == ScoreTumourStreamRequest.PartOneofCase.Header ? m.Header : null,
            context.CancellationToken).ConfigureAwait(false);
        var scorer = scoring.Resolve(header, context);
        var assembler = new ChunkAssembler(decoder.Declare(header.Arterial, header.Venous, dataInline: false));
        await ReadChunks(requestStream, m => m.PartCase == ScoreTumourStreamRequest.PartOneofCase.Chunk ? m.Chunk : null, assembler,
            context.CancellationToken).ConfigureAwait(false);
        var result = await Score(lease, scorer, assembler.Complete(), header, context, clock).ConfigureAwait(false);
        return new ScoreTumourStreamResponse { Result = result };
    }

    public override async Task<GetRiskPanelResponse> GetRiskPanel(GetRiskPanelRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var format = string.IsNullOrEmpty(request.Format) ? "html" : request.Format;
        if (format is not ("html" or "png"))
        {
            throw Failures.InvalidArgument("format", "format must be html or png");
        }

        if (request.Score is null)
        {
            throw Failures.InvalidArgument("score", "the tumour to score is required");
        }

        var score = request.Score;
        using var lease = await limiter.EnterAsync(context.CancellationToken).ConfigureAwait(false);
        var scorer = scoring.Resolve(score, context);
        var declared = decoder.Declare(score.Arterial, score.Venous, dataInline: true);
        var phases = declared.Select(d => VolumeDecoder.Decode(d, d.Name == "arterial" ? score.Arterial : score.Venous)).ToList();
        var label = string.IsNullOrWhiteSpace(request.DisplayLabel) ? "Patient" : request.DisplayLabel;
        return await lease.RunAsync(() =>
        {
            var panel = RiskPanelData.From(TumourScoring.Score(scorer, phases, score, context.CancellationToken), scorer.Package,
                outcomes.At(scorer.Package.Radscore.Cutoff), new RiskPanelOptions(label));
            return format == "png"
                ? new GetRiskPanelResponse { Document = ByteString.CopyFrom(RiskPanelRenderer.RenderPng(panel)), MediaType = "image/png" }
                : new GetRiskPanelResponse { Document = ByteString.CopyFromUtf8(RiskPanelRenderer.RenderHtml(panel)), MediaType = "text/html; charset=utf-8" };
        }, context.CancellationToken).ConfigureAwait(false);
    }

    private static async Task<ExtractFeaturesResponse> Extract(WorkLease lease, Radiomics.Settings.ExtractionParameters parameters,
        IReadOnlyList<PhaseInput> phases, IReadOnlyCollection<string> features, ServerCallContext context, Stopwatch clock)
    {
        var result = await lease.RunAsync(() => FeatureExtraction.Run(parameters, phases, features.Count == 0 ? null : features, context.CancellationToken),
            context.CancellationToken).ConfigureAwait(false);
        var response = new ExtractFeaturesResponse { RequestId = CallInfo.Of(context).RequestId };
        response.Features.AddRange(result.Features.Select(f => new Feature { Name = f.Key, Value = f.Value }));
        foreach (var (key, value) in result.Diagnostics)
        {
            response.Diagnostics[key] = value;
        }

        response.ServerMs = clock.Elapsed.TotalMilliseconds;
        return response;
    }

    public override async Task<ScoreFromPacsResponse> ScoreFromPacs(ScoreFromPacsRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(context);
        var clock = Stopwatch.StartNew();
        using var lease = await limiter.EnterAsync(context.CancellationToken).ConfigureAwait(false);
        return await pacs.ScoreAsync(request, context, clock).ConfigureAwait(false);
    }

    private static async Task<ScoreTumourResponse> Score(WorkLease lease, ModelScorer scorer, IReadOnlyList<PhaseInput> phases,
        ScoreTumourRequest request, ServerCallContext context, Stopwatch clock)
    {
        var result = await lease.RunAsync(() => TumourScoring.Score(scorer, phases, request, context.CancellationToken), context.CancellationToken).ConfigureAwait(false);
        return TumourScoring.ToMessage(result, CallInfo.Of(context).RequestId, clock.Elapsed.TotalMilliseconds);
    }

    private static async Task ReadChunks<TMessage>(IAsyncStreamReader<TMessage> stream, Func<TMessage, VolumeChunk?> chunk, ChunkAssembler assembler,
        CancellationToken cancellationToken)
    {
        while (await stream.MoveNext(cancellationToken).ConfigureAwait(false))
        {
            assembler.Add(chunk(stream.Current) ?? throw Failures.InvalidArgument("header", "only the first message may be a header; the rest must be chunks"));
        }
    }

    private static async Task<T> ReadHeader<TMessage, T>(IAsyncStreamReader<TMessage> stream, Func<TMessage, T?> header, CancellationToken cancellationToken)
        where T : class
    {
        if (!await stream.MoveNext(cancellationToken).ConfigureAwait(false))
        {
            throw Failures.InvalidArgument("header", "the stream is empty; the first message must be the header");
        }

        return header(stream.Current) ?? throw Failures.InvalidArgument("header", "the first message must be the header");
    }
}
