namespace SlicerBridge.Server.Work;

/// <summary>
/// A slot held by one call. Work started with <see cref="RunAsync{T}"/> keeps the slot until it finishes,
/// even when the caller has gone: the bound is on computation, not on open calls.
/// </summary>
public sealed class WorkLease : IDisposable
{
    private readonly WorkLimiter _limiter;
    private Task? _work;
    private int _released;

    internal WorkLease(WorkLimiter limiter)
    {
        _limiter = limiter;
    }

    /// <summary>
    /// Runs CPU-bound <paramref name="work"/> on the thread pool and waits for it, or for cancellation,
    /// whichever comes first. The work itself is not interrupted (the extractor takes no token).
    /// </summary>
    public Task<T> RunAsync<T>(Func<T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var task = Task.Run(work, CancellationToken.None);
        _work = task;
        return task.WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        if (_work is { IsCompleted: false } running)
        {
            running.ContinueWith(_ => Release(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        else
        {
            Release();
        }
    }

    private void Release()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _limiter.Release();
        }
    }
}
