using Grpc.Core;
using SlicerBridge.Server.Work;

namespace SlicerBridge.Server.Tests.Work;

public sealed class WorkLimiterTests
{
    [Fact]
    public async Task Calls_beyond_running_plus_queued_are_refused_and_slots_come_back()
    {
        var limiter = new WorkLimiter(maxConcurrent: 1, maxQueue: 1);
        var first = await limiter.EnterAsync(CancellationToken.None);
        var waiting = limiter.EnterAsync(CancellationToken.None);

        var refused = await Assert.ThrowsAsync<RpcException>(() => limiter.EnterAsync(CancellationToken.None));

        Assert.Equal(StatusCode.ResourceExhausted, refused.StatusCode);
        Assert.False(waiting.IsCompleted);
        first.Dispose();
        (await waiting).Dispose();
        Assert.Equal(0, limiter.Admitted);
    }

    [Fact]
    public async Task Work_keeps_its_slot_until_it_finishes_even_when_the_caller_gives_up()
    {
        var limiter = new WorkLimiter(1, 0);
        using var release = new SemaphoreSlim(0);
        using var cancel = new CancellationTokenSource();
        var lease = await limiter.EnterAsync(CancellationToken.None);
        var work = lease.RunAsync(() => release.Wait(TimeSpan.FromSeconds(30)), cancel.Token);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => work);
        lease.Dispose();

        Assert.Equal(1, limiter.Admitted);
        release.Release();
        for (var i = 0; i < 500 && limiter.Admitted != 0; i++)
        {
            await Task.Delay(10);
        }

        Assert.Equal(0, limiter.Admitted);
    }

    [Fact]
    public async Task A_waiter_that_is_cancelled_leaves_the_queue()
    {
        var limiter = new WorkLimiter(1, 1);
        using var first = await limiter.EnterAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var waiting = limiter.EnterAsync(cancel.Token);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(1, limiter.Admitted);
    }
}
