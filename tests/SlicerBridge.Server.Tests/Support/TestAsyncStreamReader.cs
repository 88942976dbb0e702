using Grpc.Core;

namespace SlicerBridge.Server.Tests.Support;

/// <summary>A client stream made of a fixed list of messages.</summary>
internal sealed class TestAsyncStreamReader<T>(IEnumerable<T> messages) : IAsyncStreamReader<T>
    where T : class
{
    private readonly IEnumerator<T> _messages = messages.GetEnumerator();

    public T Current => _messages.Current;

    public Task<bool> MoveNext(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(_messages.MoveNext());
    }
}
