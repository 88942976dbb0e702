namespace SlicerBridge.Testing.Dicom;

/// <summary>
/// A test that needs a running Orthanc with DICOMweb (scripts/orthanc/start-orthanc.sh), found through
/// SLICERBRIDGE_DICOMWEB_URL. Without it the test is skipped with that reason, except in CI (CI=true),
/// where it runs and fails, so a missing server can never pass silently.
/// </summary>
public sealed class OrthancFactAttribute : FactAttribute
{
    public const string UrlVariable = "SLICERBRIDGE_DICOMWEB_URL";

    public OrthancFactAttribute()
    {
        if (Url is null && !IsCi)
        {
            Skip = $"needs a DICOMweb server: run scripts/orthanc/start-orthanc.sh and set {UrlVariable} to its DICOMWEB_URL";
        }
    }

    public static string? Url => Environment.GetEnvironmentVariable(UrlVariable) is { Length: > 0 } url ? url : null;

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The server URL, or a failure explaining what CI must provide.</summary>
    public static Uri RequireUrl() =>
        Url is { } url
            ? new Uri(url)
            : throw new Xunit.Sdk.XunitException($"CI=true but {UrlVariable} is not set: start scripts/orthanc/start-orthanc.sh and export its DICOMWEB_URL");
}
