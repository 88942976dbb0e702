namespace SlicerBridge.Server.Security;

/// <summary>What a token may do: clinicians score and extract; admins activate and retrain models.</summary>
public static class Roles
{
    public const string Clinician = "clinician";
    public const string Admin = "admin";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Clinician, Admin };
}
