using System.Diagnostics;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;
using SlicerBridge.Imaging;
using SlicerBridge.Server.Errors;
using SlicerBridge.Server.Hosting;
using SlicerBridge.Server.Security;

namespace SlicerBridge.Server.Audit;

/// <summary>
/// The outermost step of every call: gives it a request id (sent back as the <c>x-request-id</c> header),
/// turns exceptions into statuses (bad input → INVALID_ARGUMENT with the field, cancellation → CANCELLED,
/// anything else → INTERNAL without internals), and writes one audit line with the outcome. Health checks pass straight through.
/// </summary>
public sealed class CallInterceptor(AuditLog audit, ILogger<CallInterceptor> logger) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation) =>
        Run(context, () => continuation(request, context));

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation) =>
        Run(context, () => continuation(requestStream, context));

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation) =>
        Run(context, async () =>
        {
            await continuation(request, responseStream, context).ConfigureAwait(false);
            return true;
        });

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation) =>
        Run(context, async () =>
        {
            await continuation(requestStream, responseStream, context).ConfigureAwait(false);
            return true;
        });

    private async Task<T> Run<T>(ServerCallContext context, Func<Task<T>> call)
    {
        if (MethodRoles.IsAnonymous(context.Method))
        {
            // Health probes come every few seconds from load balancers; auditing them would drown the log.
            return await call().ConfigureAwait(false);
        }

        var info = CallInfo.Of(context);
        var clock = Stopwatch.StartNew();
        var outcome = StatusCode.OK;
        try
        {
            await context.WriteResponseHeadersAsync(new Metadata { { "x-request-id", info.RequestId } }).ConfigureAwait(false);
            return await call().ConfigureAwait(false);
        }
        catch (RpcException e)
        {
            outcome = e.StatusCode;
            throw;
        }
        catch (InvalidInputException e)
        {
            outcome = StatusCode.InvalidArgument;
            throw Failures.InvalidArgument(e.Where ?? "request", e.Message);
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            outcome = context.Deadline <= DateTime.UtcNow ? StatusCode.DeadlineExceeded : StatusCode.Cancelled;
            throw new RpcException(new Status(outcome, "the call was cancelled or ran past its deadline"));
        }
        catch (Exception e)
        {
            outcome = StatusCode.Internal;
            logger.LogError(e, "request {RequestId} failed", info.RequestId);
            throw new RpcException(new Status(StatusCode.Internal, $"internal failure (request {info.RequestId})"));
        }
        finally
        {
            audit.Write(new AuditRecord(DateTimeOffset.UtcNow, info.RequestId, info.Caller.Name, context.Method,
                info.ModelId, info.ModelVersion, outcome.ToString(), Math.Round(clock.Elapsed.TotalMilliseconds, 3)));
        }
    }
}
