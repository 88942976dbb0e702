using Grpc.Core;

namespace SlicerBridge.Server.Work;

/// <summary>
/// Bounds the heavy calls: <c>maxConcurrent</c> run at once, <c>maxQueue</c> more wait, and anything beyond
/// is refused at once with RESOURCE_EXHAUSTED so a burst cannot pile up memory.
/// </summary>
public sealed class WorkLimiter
{
    private readonly SemaphoreSlim _slots;
    private readonly int _capacity;
    private int _admitted;

    public WorkLimiter(int maxConcurrent, int maxQueue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrent, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(maxQueue);
        _slots = new SemaphoreSlim(maxConcurrent, maxConcurrent);
        _capacity = maxConcurrent + maxQueue;
    }

    /// <summary>Calls admitted (running or waiting).</summary>
    public int Admitted => Volatile.Read(ref _admitted);

    /// <summary>Admits the call, or throws RESOURCE_EXHAUSTED, then waits for a slot.</summary>
    public async Task<WorkLease> EnterAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref _admitted) > _capacity)
        {
            Interlocked.Decrement(ref _admitted);
            throw new RpcException(new Status(StatusCode.ResourceExhausted, "the server is busy; try again shortly"));
        }

        try
        {
            await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Interlocked.Decrement(ref _admitted);
            throw;
        }

        return new WorkLease(this);
    }

    internal void Release()
    {
        _slots.Release();
        Interlocked.Decrement(ref _admitted);
    }
}
