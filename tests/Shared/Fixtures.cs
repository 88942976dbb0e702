namespace SlicerBridge.Testing;

/// <summary>
/// Locates the committed test fixtures (<c>tests/fixtures</c>, see its README for provenance and
/// licences). Tests never read outside the repository.
/// </summary>
internal static class Fixtures
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string PyRadiomicsData(string file) => Path("pyradiomics", "data", file);

    public static string PyRadiomicsBaseline(string file) => Path("pyradiomics", "data", "baseline", file);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "fixtures");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/fixtures not found above " + AppContext.BaseDirectory);
    }
}
