using Grpc.Core;
using SlicerBridge.Server.Tests.Support;
using SlicerBridge.Server.V1;

namespace SlicerBridge.Server.Tests.Integration;

/// <summary>A server with one slot and no queue: a second heavy call while one is open is refused at once.</summary>
public sealed class BusyServerTests : IAsyncLifetime
{
    private readonly ServerFixture _server = new(o => o with { MaxConcurrent = 1, MaxQueue = 0 });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_full_queue_answers_resource_exhausted()
    {
        var client = new V1.Radiomics.RadiomicsClient(_server.Channel);
        var token = ServerFixture.Bearer(ServerFixture.ClinicianToken);
        using var holder = client.ExtractFeaturesStream(token);
        await holder.RequestStream.WriteAsync(new ExtractFeaturesStreamRequest { Header = RadiomicsIntegrationTests.Header(Requests.Brain) });
        await RadiomicsIntegrationTests.WaitFor(() => _server.Limiter.Admitted == 1);

        var error = await Assert.ThrowsAsync<RpcException>(() => client.ExtractFeaturesAsync(Requests.Brain, token).ResponseAsync);

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        await holder.RequestStream.CompleteAsync();
        await Assert.ThrowsAsync<RpcException>(() => holder.ResponseAsync); // the holder's stream was truncated on purpose
        await RadiomicsIntegrationTests.WaitFor(() => _server.Limiter.Admitted == 0);
        Assert.NotEmpty((await client.ExtractFeaturesAsync(Requests.Brain, token)).Features);
    }
}
