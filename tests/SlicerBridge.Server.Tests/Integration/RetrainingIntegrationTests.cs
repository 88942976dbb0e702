using Grpc.Core;
using SlicerBridge.Modeling.Synthetic;
using SlicerBridge.Server.Tests.Support;
using SlicerBridge.Server.V1;
using SlicerBridge.Testing;

namespace SlicerBridge.Server.Tests.Integration;

/// <summary>RetrainModel on a small synthetic cohort through a real server: progress streams, the package lands unactivated.</summary>
public sealed class RetrainingIntegrationTests
{
    private const string OriginalOnly = "setting:\n  binWidth: 25\nimageType:\n  Original: {}\n";

    [Fact]
    public async Task Retraining_streams_progress_and_writes_a_new_inactive_version()
    {
        using var training = new TempDirectory();
        SyntheticCohortGenerator.Generate(
            new SyntheticCohortOptions { Train = 30, Validation = 14, OutcomeCohorts = [], RepeatReads = 6, MaxDegreeOfParallelism = 2 }, training.Path);
        var parameters = training.File("params.yaml");
        File.WriteAllText(parameters, OriginalOnly);
        await using var server = new ServerFixture(o => o with { TrainingDirectory = training.Path, ParametersFile = parameters });
        await server.InitializeAsync();
        var models = new Models.ModelsClient(server.Channel);

        using var call = models.RetrainModel(
            new RetrainModelRequest { ManifestPath = "cohort.csv", ModelId = "hcc-local", ModelVersion = "2.0.0", Seed = 7 },
            ServerFixture.Bearer(ServerFixture.AdminToken));
        var messages = new List<RetrainModelResponse>();
        await foreach (var message in call.ResponseStream.ReadAllAsync())
        {
            messages.Add(message);
        }

        Assert.Equal(["validating", "extracting", "training", "done"], messages.Select(m => m.Stage).Distinct());
        Assert.True(messages.Select(m => m.FractionDone).SequenceEqual(messages.Select(m => m.FractionDone).Order()), "progress never goes back");
        var result = messages[^1].Result;
        Assert.Equal(("hcc-local", "2.0.0", false), (result.Id, result.Version, result.Active));
        Assert.True(File.Exists(Path.Combine(server.ModelsFolder, "hcc-local-2.0.0.model.json")));
    }

    [Fact]
    public async Task A_manifest_outside_the_training_folder_is_refused()
    {
        using var training = new TempDirectory();
        await using var server = new ServerFixture(o => o with { TrainingDirectory = training.Path });
        await server.InitializeAsync();
        var models = new Models.ModelsClient(server.Channel);

        using var call = models.RetrainModel(new RetrainModelRequest { ManifestPath = "../../etc/passwd" }, ServerFixture.Bearer(ServerFixture.AdminToken));

        var error = await Assert.ThrowsAsync<RpcException>(() => call.ResponseStream.MoveNext());
        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        Assert.Contains("inside the server's training folder", error.Status.Detail, StringComparison.Ordinal);
    }
}
