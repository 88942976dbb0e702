namespace SlicerBridge.Server.Security;

/// <summary>The role each gRPC method needs. Health is open so load balancers can probe; anything unlisted needs a valid token.</summary>
public static class MethodRoles
{
    private const string Radiomics = "/slicerbridge.v1.Radiomics/";
    private const string Models = "/slicerbridge.v1.Models/";

    public static bool IsAnonymous(string method) => method.StartsWith("/grpc.health.v1.Health/", StringComparison.Ordinal);

    /// <summary>The role required, or null when any authenticated caller may call.</summary>
    public static string? Required(string method) =>
        method.StartsWith(Radiomics, StringComparison.Ordinal) ? Roles.Clinician
        : method is Models + "ActivateModel" or Models + "RetrainModel" ? Roles.Admin
        : null;
}
