namespace SlicerBridge.Server.Security;

/// <summary>Who made a call, as the audit log names them, and what they may do.</summary>
public sealed record Caller(string Name, IReadOnlySet<string> Roles)
{
    /// <summary>The caller when the server runs on loopback without tokens (a developer's machine).</summary>
    public static Caller LocalDeveloper { get; } = new("local", Security.Roles.All);

    public static Caller Unauthenticated { get; } = new("unauthenticated", new HashSet<string>());
}
