using System.Text.Json;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using SlicerBridge.Server.Tests.Support;
using SlicerBridge.Server.V1;

namespace SlicerBridge.Server.Tests.Integration;

/// <summary>Health, reflection, the model registry, roles and the audit log on a real server.</summary>
public sealed class PlatformIntegrationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly Models.ModelsClient _models = new(server.Channel);
    private readonly Metadata _clinician = ServerFixture.Bearer(ServerFixture.ClinicianToken);
    private readonly Metadata _admin = ServerFixture.Bearer(ServerFixture.AdminToken);

    [Fact]
    public async Task Health_answers_serving_without_a_token()
    {
        var reply = await new Health.HealthClient(server.Channel).CheckAsync(new HealthCheckRequest());

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }

    [Fact]
    public async Task Reflection_lists_the_services()
    {
        using var call = new ServerReflection.ServerReflectionClient(server.Channel).ServerReflectionInfo(_clinician);
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());

        var names = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("slicerbridge.v1.Radiomics", names);
        Assert.Contains("slicerbridge.v1.Models", names);
        Assert.Contains("grpc.health.v1.Health", names);
    }

    [Fact]
    public async Task Models_are_listed_newest_version_last()
    {
        var reply = await _models.ListModelsAsync(new ListModelsRequest(), _clinician);

        Assert.Equal(["1.0.0", "1.1.0"], reply.Models.Select(m => m.Version));
        Assert.All(reply.Models, m => Assert.Matches("^[0-9a-f]{64}$", m.Sha256));
    }

    [Fact]
    public async Task A_clinician_cannot_activate_a_model()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _models.ActivateModelAsync(new ActivateModelRequest { Id = "hcc-proliferative", Version = "1.0.0" }, _clinician).ResponseAsync);

        Assert.Equal(StatusCode.PermissionDenied, error.StatusCode);
        Assert.False(File.Exists(Path.Combine(server.ModelsFolder, "active.json")) &&
            File.ReadAllText(Path.Combine(server.ModelsFolder, "active.json")).Contains("reading-room", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_admin_activates_a_version_and_the_pointer_names_it()
    {
        await _models.ActivateModelAsync(new ActivateModelRequest { Id = "hcc-proliferative", Version = "1.0.0" }, _admin);
        var reply = await _models.ActivateModelAsync(new ActivateModelRequest { Id = "hcc-proliferative", Version = "1.1.0" }, _admin);

        Assert.Equal("1.1.0", reply.Active.Version);
        Assert.True(reply.Active.Active);
        Assert.Equal("1.0.0", reply.Previous.Version);
        using var pointer = JsonDocument.Parse(File.ReadAllText(Path.Combine(server.ModelsFolder, "active.json")));
        Assert.Equal("1.1.0", pointer.RootElement.GetProperty("version").GetString());
        Assert.Equal(reply.Active.Sha256, pointer.RootElement.GetProperty("sha256").GetString());
        Assert.Empty(Directory.GetFiles(server.ModelsFolder, "*.tmp"));
    }

    [Fact]
    public async Task An_unknown_model_id_is_not_found()
    {
        var get = await Assert.ThrowsAsync<RpcException>(() => _models.GetModelAsync(new GetModelRequest { Id = "no-such-model" }, _clinician).ResponseAsync);
        var activate = await Assert.ThrowsAsync<RpcException>(() =>
            _models.ActivateModelAsync(new ActivateModelRequest { Id = "hcc-proliferative", Version = "9.9.9" }, _admin).ResponseAsync);

        Assert.Equal(StatusCode.NotFound, get.StatusCode);
        Assert.Equal(StatusCode.NotFound, activate.StatusCode);
    }

    [Fact]
    public async Task GetModel_without_a_version_gives_the_newest()
    {
        var reply = await _models.GetModelAsync(new GetModelRequest { Id = "hcc-proliferative" }, _clinician);

        Assert.Equal("1.1.0", reply.Summary.Version);
        Assert.Equal(3, reply.Features.Count);
        Assert.Equal("arterial_original_firstorder_Mean", reply.Features[0].Name);
    }

    [Fact]
    public async Task Retraining_without_a_training_folder_says_what_is_missing()
    {
        using var call = _models.RetrainModel(new RetrainModelRequest { ModelId = "hcc-proliferative", ManifestPath = "cohort.csv" }, _admin);

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext());
        Assert.Equal(StatusCode.FailedPrecondition, error.StatusCode);
        Assert.Contains("training folder", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_lines_carry_ids_and_outcomes_but_no_patient_data()
    {
        var radiomics = new V1.Radiomics.RadiomicsClient(server.Channel);
        var headers = ServerFixture.Bearer(ServerFixture.ClinicianToken);
        headers.Add("x-request-id", "DOE^JANE-19650412");
        headers.Add("x-patient-name", "DOE^JANE");
        var response = await radiomics.ExtractFeaturesAsync(Requests.Brain, headers);
        await _models.GetModelAsync(new GetModelRequest { Id = "hcc-proliferative", Version = "1.0.0" }, _clinician);

        await new Health.HealthClient(server.Channel).CheckAsync(new HealthCheckRequest());

        var lines = File.ReadAllLines(server.AuditPath);
        Assert.DoesNotContain(lines, l => l.Contains("grpc.health", StringComparison.Ordinal));
        var text = string.Join("\n", lines);
        Assert.DoesNotContain("DOE", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(Requests.Brain.Arterial.Image.Data.Span[..64]), text, StringComparison.Ordinal);
        var expectedKeys = new[] { "time", "request_id", "caller", "method", "model_id", "model_version", "outcome", "duration_ms" };
        foreach (var line in lines)
        {
            using var record = JsonDocument.Parse(line);
            Assert.Equal(expectedKeys, record.RootElement.EnumerateObject().Select(p => p.Name));
        }

        using var extract = JsonDocument.Parse(lines.Single(l => l.Contains(response.RequestId, StringComparison.Ordinal)));
        Assert.Equal("reading-room", extract.RootElement.GetProperty("caller").GetString());
        Assert.Equal("OK", extract.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("/slicerbridge.v1.Radiomics/ExtractFeatures", extract.RootElement.GetProperty("method").GetString());
        Assert.Contains(lines, l => l.Contains("\"model_version\":\"1.0.0\"", StringComparison.Ordinal));
    }
}
