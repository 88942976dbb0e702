using Grpc.Core;
using Grpc.Core.Interceptors;
using SlicerBridge.Server.Hosting;

namespace SlicerBridge.Server.Security;

/// <summary>
/// Checks the <c>authorization: Bearer &lt;token&gt;</c> header against the token store and the method's
/// role, and records the caller for the audit log. Without tokens (loopback only) every caller is the local developer.
/// </summary>
public sealed class AuthInterceptor(TokenStore tokens) : Interceptor
{
    private const string Scheme = "Bearer ";

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(requestStream, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(request, responseStream, context);
    }

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(
        IAsyncStreamReader<TRequest> requestStream, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authorize(context);
        return continuation(requestStream, responseStream, context);
    }

    private void Authorize(ServerCallContext context)
    {
        if (MethodRoles.IsAnonymous(context.Method))
        {
            return;
        }

        var caller = Authenticate(context);
        CallInfo.Of(context).Caller = caller;
        var role = MethodRoles.Required(context.Method);
        if (role is not null && !caller.Roles.Contains(role))
        {
            throw new RpcException(new Status(StatusCode.PermissionDenied, $"this call needs the {role} role"));
        }
    }

    private Caller Authenticate(ServerCallContext context)
    {
        if (!tokens.IsEnabled)
        {
            return Caller.LocalDeveloper;
        }

        var header = context.RequestHeaders.GetValue("authorization");
        if (header is null || !header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) || header.Length == Scheme.Length)
        {
            throw new RpcException(new Status(StatusCode.Unauthenticated, "a bearer token is required (authorization: Bearer <token>)"));
        }

        return tokens.Find(header[Scheme.Length..].Trim())
            ?? throw new RpcException(new Status(StatusCode.Unauthenticated, "the bearer token is not recognised"));
    }
}
