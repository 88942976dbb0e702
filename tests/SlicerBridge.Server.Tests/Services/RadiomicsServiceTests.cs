using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Server.Audit;
using SlicerBridge.Server.Hosting;
using SlicerBridge.Server.Pacs;
using SlicerBridge.Server.Registry;
using SlicerBridge.Server.Services;
using SlicerBridge.Server.Tests.Support;
using SlicerBridge.Server.V1;
using SlicerBridge.Server.Volumes;
using SlicerBridge.Server.Work;
using SlicerBridge.Testing;

namespace SlicerBridge.Server.Tests.Services;

/// <summary>The service class called directly with a test call context (no network).</summary>
public sealed class RadiomicsServiceTests
{
    private static readonly TumourScoring Scoring = new(new ModelRegistry(null, NullLogger<ModelRegistry>.Instance));

    private readonly RadiomicsService _service = Service(new ServerOptions());

    private static RadiomicsService Service(ServerOptions options) => new(new VolumeDecoder(10_000_000),
        new FeatureExtraction(ExtractionParameters.Default), Scoring, new PacsScoring(options, Scoring), new OutcomeCohort(options), new WorkLimiter(1, 0));

    [Fact]
    public async Task ScoreFromPacs_without_a_configured_PACS_is_a_failed_precondition()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _service.ScoreFromPacs(new ScoreFromPacsRequest { Pacs = "main" }, new TestServerCallContext()));

        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
    }

    [Fact]
    public async Task ScoreFromPacs_names_only_configured_PACS_and_checks_every_UID_before_any_request()
    {
        var service = Service(new ServerOptions { Pacs = [new PacsEndpoint { Name = "main", BaseUrl = "http://127.0.0.1:9/dicom-web" }] });

        var unknown = await Assert.ThrowsAsync<RpcException>(() => service.ScoreFromPacs(new ScoreFromPacsRequest { Pacs = "elsewhere" }, new TestServerCallContext()));
        var bad = await Assert.ThrowsAsync<RpcException>(() => service.ScoreFromPacs(
            new ScoreFromPacsRequest { Pacs = "main", StudyInstanceUid = "1.2.3", ArterialSeriesInstanceUid = "1.02.3", VenousSeriesInstanceUid = "x" },
            new TestServerCallContext()));

        Assert.Equal(StatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("known: main", unknown.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(StatusCode.InvalidArgument, bad.StatusCode);
        Assert.Equal(["arterial_series_instance_uid", "venous_series_instance_uid", "arterial_seg_uid"],
            bad.GetRpcStatus()!.GetDetail<Google.Rpc.BadRequest>().FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task One_phase_gives_its_features_with_its_prefix()
    {
        var response = await _service.ExtractFeatures(new ExtractFeaturesRequest { Venous = Requests.Cube() }, new TestServerCallContext());

        Assert.Equal(107, response.Features.Count);
        Assert.All(response.Features, f => Assert.StartsWith("venous_original_", f.Name, StringComparison.Ordinal));
        // The tumour is a 6x6x6 cube of 1 mm voxels.
        Assert.Equal(216.0, response.Features.Single(f => f.Name == "venous_original_shape_VoxelVolume").Value, 9);
    }

    [Fact]
    public async Task A_feature_list_limits_the_work_to_those_features()
    {
        var request = new ExtractFeaturesRequest { Arterial = Requests.Cube(), Venous = Requests.Cube(), Features = { "venous_original_firstorder_Mean" } };

        var response = await _service.ExtractFeatures(request, new TestServerCallContext());

        Assert.Equal("venous_original_firstorder_Mean", Assert.Single(response.Features).Name);
    }

    [Fact]
    public async Task A_request_parameter_file_is_used_and_a_bad_one_names_the_field()
    {
        var request = new ExtractFeaturesRequest { Arterial = Requests.Cube(), ParametersYaml = "featureClass:\n  firstorder: [Mean]\n" };
        var response = await _service.ExtractFeatures(request, new TestServerCallContext());
        request.ParametersYaml = "setting:\n  binWidthh: 5\n";

        var error = await Assert.ThrowsAsync<RpcException>(() => _service.ExtractFeatures(request, new TestServerCallContext()));

        Assert.Equal("arterial_original_firstorder_Mean", Assert.Single(response.Features).Name);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("parameters_yaml", error.Status.Detail, StringComparison.Ordinal);
        Assert.Contains("binWidthh", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_cancelled_before_it_starts_does_no_work()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _service.ExtractFeatures(new ExtractFeaturesRequest { Arterial = Requests.Cube() }, new TestServerCallContext(cancellationToken: cancel.Token)));
    }

    [Fact]
    public async Task The_streaming_variant_assembles_chunks_from_a_test_stream()
    {
        var phase = Requests.Cube();
        var header = new ExtractFeaturesRequest { Arterial = phase.Clone() };
        header.Arterial.Image.Data = Google.Protobuf.ByteString.Empty;
        header.Arterial.Mask.Data = Google.Protobuf.ByteString.Empty;
        var stream = new TestAsyncStreamReader<ExtractFeaturesStreamRequest>([
            new() { Header = header },
            new() { Chunk = new VolumeChunk { Part = VolumePart.ArterialMask, Offset = 0, Data = phase.Mask.Data } },
            new() { Chunk = new VolumeChunk { Part = VolumePart.ArterialImage, Offset = 0, Data = phase.Image.Data } },
        ]);

        var streamed = await _service.ExtractFeaturesStream(stream, new TestServerCallContext());
        var unary = await _service.ExtractFeatures(new ExtractFeaturesRequest { Arterial = phase }, new TestServerCallContext());

        Assert.Equal(unary.Features, streamed.Result.Features);
    }

    [Fact]
    public async Task The_interceptor_turns_bad_input_into_invalid_argument_and_audits_it()
    {
        using var folder = new TempDirectory();
        using (var audit = new AuditLog(folder.File("audit.jsonl")))
        {
            var interceptor = new CallInterceptor(audit, NullLogger<CallInterceptor>.Instance);
            var context = new TestServerCallContext("/slicerbridge.v1.Radiomics/ExtractFeatures");

            var error = await Assert.ThrowsAsync<RpcException>(() => interceptor.UnaryServerHandler<ExtractFeaturesRequest, ExtractFeaturesResponse>(
                new ExtractFeaturesRequest(), context, (_, _) => throw new Imaging.InvalidInputException("mask is empty", "venous")));

            Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
            Assert.Equal("venous: mask is empty", error.Status.Detail);
            Assert.Equal(32, context.ResponseHeaders.GetValue("x-request-id")!.Length);
        }

        var line = Assert.Single(File.ReadAllLines(folder.File("audit.jsonl")));
        Assert.Contains("\"outcome\":\"InvalidArgument\"", line, StringComparison.Ordinal);
        Assert.Contains("\"caller\":\"unauthenticated\"", line, StringComparison.Ordinal);
    }
}
