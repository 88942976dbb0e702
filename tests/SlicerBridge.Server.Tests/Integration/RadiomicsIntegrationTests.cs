using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Server.Tests.Support;
using SlicerBridge.Server.V1;
using SlicerBridge.Testing;

namespace SlicerBridge.Server.Tests.Integration;

/// <summary>The radiomics service through a real channel to a real Kestrel server on loopback.</summary>
public sealed class RadiomicsIntegrationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly V1.Radiomics.RadiomicsClient _client = new(server.Channel);
    private readonly Metadata _clinician = ServerFixture.Bearer(ServerFixture.ClinicianToken);

    [Fact]
    public async Task Extract_of_cropped_VOIs_equals_extraction_from_the_whole_NRRD_files()
    {
        var response = await _client.ExtractFeaturesAsync(Requests.Brain, _clinician);

        var expected = new TwoPhaseExtractor(ExtractionParameters.Default).Execute(
            new PhaseInput(VolumeIO.Read(Fixtures.PyRadiomicsData("brain1_image.nrrd")), VolumeIO.Read(Fixtures.PyRadiomicsData("brain1_label.nrrd"))),
            new PhaseInput(VolumeIO.Read(Fixtures.PyRadiomicsData("brain2_image.nrrd")), VolumeIO.Read(Fixtures.PyRadiomicsData("brain2_label.nrrd"))));
        Assert.Equal(expected.Features.Select(f => f.Key), response.Features.Select(f => f.Name));
        Assert.Equal(2 * 107, response.Features.Count);
        foreach (var (want, got) in expected.Features.Zip(response.Features))
        {
            // Cropping to the VOI box plus a margin moves the origin but not one voxel value: features agree to rounding.
            Assert.True(Math.Abs(want.Value - got.Value) <= 1e-9 * Math.Max(1, Math.Abs(want.Value)), $"{want.Key}: {want.Value} vs {got.Value}");
        }

        Assert.Matches("^[0-9a-f]{32}$", response.RequestId);
    }

    [Fact]
    public async Task Streamed_extraction_in_small_chunks_equals_the_unary_call()
    {
        var unary = await _client.ExtractFeaturesAsync(Requests.Brain, _clinician);

        using var call = _client.ExtractFeaturesStream(_clinician);
        await SendStreamed(call.RequestStream, Requests.Brain, chunkBytes: 64 * 1024);
        await call.RequestStream.CompleteAsync();
        var streamed = (await call.ResponseAsync).Result;

        Assert.Equal(unary.Features, streamed.Features);
    }

    [Fact]
    public async Task A_truncated_stream_is_rejected_with_the_part_that_is_short()
    {
        using var call = _client.ExtractFeaturesStream(_clinician);
        await SendStreamed(call.RequestStream, Requests.Brain, chunkBytes: 64 * 1024, dropLastOf: VolumePart.VenousImage);
        await call.RequestStream.CompleteAsync();

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        var violation = Assert.Single(Violations(error));
        Assert.Equal("venous.image.data", violation.Field);
        Assert.Contains("truncated", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_repeated_chunk_is_rejected()
    {
        var request = Requests.Brain;
        using var call = _client.ExtractFeaturesStream(_clinician);
        await call.RequestStream.WriteAsync(new ExtractFeaturesStreamRequest { Header = Header(request) });
        var chunk = new VolumeChunk { Part = VolumePart.ArterialImage, Offset = 0, Data = ByteString.CopyFrom(request.Arterial.Image.Data.Span.Slice(0, 1000)) };
        await call.RequestStream.WriteAsync(new ExtractFeaturesStreamRequest { Chunk = chunk });
        await call.RequestStream.WriteAsync(new ExtractFeaturesStreamRequest { Chunk = chunk });

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("chunk.offset", Assert.Single(Violations(error)).Field);
    }

    [Fact]
    public async Task A_mask_on_another_grid_is_rejected()
    {
        var request = Requests.Brain.Clone();
        var maskGeometry = request.Arterial.Image.Geometry.Clone();
        maskGeometry.Origin[0] += 5;
        request.Arterial.Mask.Geometry = maskGeometry;

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.ExtractFeaturesAsync(request, _clinician).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("arterial", Assert.Single(Violations(error)).Field, StringComparison.Ordinal);
        Assert.Contains("origin", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_mask_is_rejected()
    {
        var request = Requests.Brain.Clone();
        request.Venous.Mask.Data = ByteString.CopyFrom(new byte[request.Venous.Mask.Data.Length]);

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.ExtractFeaturesAsync(request, _clinician).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("not present", error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal("venous", Assert.Single(Violations(error)).Field);
    }

    [Theory]
    [InlineData(double.NaN, "spacing")]
    [InlineData(0.0, "spacing")]
    [InlineData(1e6, "spacing")]
    public async Task Absurd_spacing_is_rejected(double spacing, string field)
    {
        var request = Requests.Brain.Clone();
        request.Arterial.Image.Geometry.Spacing[1] = spacing;

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.ExtractFeaturesAsync(request, _clinician).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("arterial.image.geometry." + field, Assert.Single(Violations(error)).Field);
    }

    [Fact]
    public async Task A_direction_that_is_not_orthonormal_is_rejected()
    {
        var request = Requests.Brain.Clone();
        request.Venous.Image.Geometry.Direction[1] = 0.5; // x and y axes no longer perpendicular

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.ExtractFeaturesAsync(request, _clinician).ResponseAsync);

        Assert.Equal("venous.image.geometry.direction", Assert.Single(Violations(error)).Field);
        Assert.Contains("orthonormal", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_10_GB_declared_volume_is_rejected_before_anything_is_allocated()
    {
        var request = Requests.Brain.Clone();
        var geometry = request.Arterial.Image.Geometry;
        geometry.Size.Clear();
        geometry.Size.AddRange([2048, 2048, 1280]); // int16: 10.7 GB
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.ExtractFeaturesAsync(request, _clinician).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("exceeds the server's limit", error.Status.Detail, StringComparison.Ordinal);
        // The process (client and server) allocated far less than the declared buffer while answering.
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 1L << 30);
    }

    [Fact]
    public async Task A_byte_count_that_does_not_match_the_size_is_rejected()
    {
        var request = Requests.Brain.Clone();
        request.Arterial.Image.Data = ByteString.CopyFrom(request.Arterial.Image.Data.Span.Slice(0, request.Arterial.Image.Data.Length - 2));

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.ExtractFeaturesAsync(request, _clinician).ResponseAsync);

        var violation = Assert.Single(Violations(error));
        Assert.Equal("arterial.image.data", violation.Field);
        Assert.Contains("size x pixel size", violation.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_phases_is_rejected()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _client.ExtractFeaturesAsync(new ExtractFeaturesRequest(), _clinician).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
    }

    [Fact]
    public async Task A_cancelled_call_ends_cancelled_and_frees_its_slot()
    {
        using var cancel = new CancellationTokenSource();
        using var call = _client.ExtractFeaturesStream(_clinician, cancellationToken: cancel.Token);
        await call.RequestStream.WriteAsync(new ExtractFeaturesStreamRequest { Header = Header(Requests.Brain) });
        await WaitFor(() => server.Limiter.Admitted == 1);

        cancel.Cancel();

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);
        Assert.Equal(StatusCode.Cancelled, error.StatusCode);
        await WaitFor(() => server.Limiter.Admitted == 0);
    }

    [Fact]
    public async Task A_call_past_its_deadline_ends_deadline_exceeded_and_frees_its_slot()
    {
        using var call = _client.ExtractFeaturesStream(_clinician, deadline: DateTime.UtcNow.AddSeconds(1));
        try
        {
            await call.RequestStream.WriteAsync(new ExtractFeaturesStreamRequest { Header = Header(Requests.Brain) });
        }
        catch (RpcException e) when (e.StatusCode == StatusCode.DeadlineExceeded)
        {
            // A slow machine may pass the deadline while the header is still being sent; the outcome is the same.
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseAsync);

        Assert.Equal(StatusCode.DeadlineExceeded, error.StatusCode);
        await WaitFor(() => server.Limiter.Admitted == 0);
    }

    [Fact]
    public async Task A_score_follows_the_package_formula_from_the_extracted_features()
    {
        var package = TestPackages.Create("hcc-proliferative", "1.0.0");
        var extract = new ExtractFeaturesRequest(Requests.Brain) { ParametersYaml = package.Extraction.ParametersYaml };
        extract.Features.AddRange(package.Features.Select(f => f.Name));
        var features = (await _client.ExtractFeaturesAsync(extract, _clinician)).Features.ToDictionary(f => f.Name, f => f.Value);

        var score = await _client.ScoreTumourAsync(ScoreRequest(afp: 350), _clinician);

        var radscore = package.Radscore.Intercept + package.Features.Sum(f => f.Coefficient * (features[f.Name] - f.Mean) / f.Sd);
        var linear = -1 + 1.5 * 1 + 2 * radscore; // the package's nomogram with AFP 350 > 200
        Assert.Equal(radscore, score.Radscore.Value, 1e-12);
        Assert.Equal(linear, score.Nomogram.LinearPredictor, 1e-12);
        Assert.Equal(1 / (1 + Math.Exp(-linear)), score.Nomogram.Probability, 1e-12);
        Assert.Equal(linear > -0.5 ? RiskGroup.High : RiskGroup.Low, score.Nomogram.RiskGroup);
        Assert.Equal(package.Features.Select(f => f.Name).Order(), score.Drivers.Select(d => d.Name).Order());
        Assert.Equal(score.Drivers.Select(d => Math.Abs(d.Contribution)).OrderDescending(), score.Drivers.Select(d => Math.Abs(d.Contribution)));
        Assert.Equal(("hcc-proliferative", "1.0.0"), (score.Model.Id, score.Model.Version));
        Assert.True(score.Demonstration);
        Assert.Equal("for demonstration, not for clinical use", score.Notice);
        Assert.Equal(["arterial", "venous"], score.Phases.Select(p => p.Phase));
    }

    [Fact]
    public async Task A_streamed_score_equals_the_unary_score()
    {
        var unary = await _client.ScoreTumourAsync(ScoreRequest(afp: 12), _clinician);

        using var call = _client.ScoreTumourStream(_clinician);
        var header = ScoreRequest(afp: 12);
        header.Arterial = Header(Requests.Brain).Arterial;
        header.Venous = Header(Requests.Brain).Venous;
        await call.RequestStream.WriteAsync(new ScoreTumourStreamRequest { Header = header });
        foreach (var chunk in Chunks(Requests.Brain, chunkBytes: 256 * 1024))
        {
            await call.RequestStream.WriteAsync(new ScoreTumourStreamRequest { Chunk = chunk });
        }

        await call.RequestStream.CompleteAsync();
        var streamed = (await call.ResponseAsync).Result;

        Assert.Equal(unary.Radscore, streamed.Radscore);
        Assert.Equal(unary.Drivers, streamed.Drivers);
    }

    [Fact]
    public async Task A_score_without_the_AFP_the_nomogram_needs_names_the_field()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _client.ScoreTumourAsync(ScoreRequest(afp: null), _clinician).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Equal("afp_ng_ml", Assert.Single(Violations(error)).Field);
    }

    [Fact]
    public async Task Scoring_an_unknown_model_is_not_found_and_without_an_active_model_a_failed_precondition()
    {
        var unknown = ScoreRequest(afp: 1);
        unknown.ModelId = "no-such-model";
        var noActive = ScoreRequest(afp: 1);
        noActive.ModelId = "";
        noActive.ModelVersion = "";

        var notFound = await Assert.ThrowsAsync<RpcException>(() => _client.ScoreTumourAsync(unknown, _clinician).ResponseAsync);
        var precondition = await Assert.ThrowsAsync<RpcException>(() => _client.ScoreTumourAsync(noActive, _clinician).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
        Assert.Equal(StatusCode.FailedPrecondition, precondition.StatusCode);
        Assert.Contains("activate", precondition.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_risk_panel_of_a_score_comes_as_HTML_or_PNG_and_its_label_stays_out_of_the_audit()
    {
        var request = new GetRiskPanelRequest { Score = ScoreRequest(afp: 350), DisplayLabel = "DOE^JANE bed 4" };

        var html = await _client.GetRiskPanelAsync(request, _clinician);
        request.Format = "png";
        var png = await _client.GetRiskPanelAsync(request, _clinician);
        request.Format = "pdf";
        var pdf = await Assert.ThrowsAsync<RpcException>(() => _client.GetRiskPanelAsync(request, _clinician).ResponseAsync);

        Assert.Equal("text/html; charset=utf-8", html.MediaType);
        var page = html.Document.ToStringUtf8();
        Assert.StartsWith("<!DOCTYPE html>", page, StringComparison.Ordinal);
        Assert.Contains("DOE^JANE bed 4", page, StringComparison.Ordinal);
        Assert.Contains(Modeling.Scoring.ScoreResult.DemonstrationNotice, page, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("image/png", png.MediaType);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png.Document.Span[..4].ToArray());
        Assert.Equal("format", Assert.Single(Violations(pdf)).Field);
        Assert.DoesNotContain("DOE", await File.ReadAllTextAsync(server.AuditPath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_with_an_outcome_cohort_shows_PFS_by_risk_group_on_the_panel()
    {
        var table = Fixtures.Path("r", "data", "outcomes_cohort.csv");
        await using var withCohort = new ServerFixture(o => o with { OutcomesTable = table, OutcomesScoreColumn = "score" });
        await withCohort.InitializeAsync();
        var client = new V1.Radiomics.RadiomicsClient(withCohort.Channel);

        var html = await client.GetRiskPanelAsync(new GetRiskPanelRequest { Score = ScoreRequest(afp: 350) }, _clinician);
        var plain = await _client.GetRiskPanelAsync(new GetRiskPanelRequest { Score = ScoreRequest(afp: 350) }, _clinician);

        Assert.DoesNotContain("No outcome cohort was given", html.Document.ToStringUtf8(), StringComparison.Ordinal);
        Assert.Contains("No outcome cohort was given", plain.Document.ToStringUtf8(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_token_the_call_is_refused()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => _client.ExtractFeaturesAsync(Requests.Brain).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task A_wrong_token_is_refused()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.ExtractFeaturesAsync(Requests.Brain, ServerFixture.Bearer(ServerFixture.ClinicianToken + "x")).ResponseAsync);

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
    }

    [Fact]
    public async Task An_admin_token_without_the_clinician_role_cannot_extract()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.ExtractFeaturesAsync(Requests.Brain, ServerFixture.Bearer(ServerFixture.AdminToken)).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
    }

    private static ScoreTumourRequest ScoreRequest(double? afp)
    {
        var request = new ScoreTumourRequest
        {
            Arterial = Requests.Brain.Arterial, Venous = Requests.Brain.Venous, ModelId = "hcc-proliferative", ModelVersion = "1.0.0",
        };
        if (afp is { } value)
        {
            request.AfpNgMl = value;
        }

        return request;
    }

    internal static ExtractFeaturesRequest Header(ExtractFeaturesRequest request)
    {
        var header = request.Clone();
        foreach (var phase in new[] { header.Arterial, header.Venous })
        {
            phase.Image.Data = ByteString.Empty;
            phase.Mask.Data = ByteString.Empty;
        }

        return header;
    }

    internal static async Task SendStreamed(IClientStreamWriter<ExtractFeaturesStreamRequest> stream, ExtractFeaturesRequest request, int chunkBytes,
        VolumePart dropLastOf = VolumePart.Unspecified)
    {
        await stream.WriteAsync(new ExtractFeaturesStreamRequest { Header = Header(request) });
        foreach (var chunk in Chunks(request, chunkBytes, dropLastOf))
        {
            await stream.WriteAsync(new ExtractFeaturesStreamRequest { Chunk = chunk });
        }
    }

    /// <summary>The request's four buffers in chunks, in order; optionally without the last chunk of one part.</summary>
    internal static IEnumerable<VolumeChunk> Chunks(ExtractFeaturesRequest request, int chunkBytes, VolumePart dropLastOf = VolumePart.Unspecified)
    {
        var parts = new[]
        {
            (VolumePart.ArterialImage, request.Arterial.Image.Data), (VolumePart.ArterialMask, request.Arterial.Mask.Data),
            (VolumePart.VenousImage, request.Venous.Image.Data), (VolumePart.VenousMask, request.Venous.Mask.Data),
        };
        foreach (var (part, data) in parts)
        {
            for (var offset = 0; offset < data.Length; offset += chunkBytes)
            {
                var length = Math.Min(chunkBytes, data.Length - offset);
                if (part == dropLastOf && offset + length == data.Length)
                {
                    break;
                }

                yield return new VolumeChunk { Part = part, Offset = offset, Data = ByteString.CopyFrom(data.Span.Slice(offset, length)) };
            }
        }
    }

    internal static IReadOnlyList<BadRequest.Types.FieldViolation> Violations(RpcException error) =>
        error.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.ToList() ?? [];

    internal static async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 500 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
