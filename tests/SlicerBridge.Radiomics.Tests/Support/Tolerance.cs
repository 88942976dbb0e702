namespace SlicerBridge.Radiomics.Tests.Support;

/// <summary>Relative comparison with an absolute floor for values that should be zero.</summary>
internal static class Tolerance
{
    public static bool Close(double expected, double actual, double relative, double absoluteAtZero = 1e-12) =>
        expected == 0
            ? Math.Abs(actual) <= absoluteAtZero
            : Math.Abs(actual - expected) <= relative * Math.Abs(expected);

    /// <summary>
    /// Lists every feature of a baseline column outside the tolerance (or the looser one a known
    /// baseline deviation documents), so one failure shows them all.
    /// </summary>
    public static void AssertAllClose(IReadOnlyDictionary<string, double> expected, IReadOnlyDictionary<string, double> actual,
        double relative, string column)
    {
        var failures = expected
            .Where(kv => !actual.ContainsKey(kv.Key) || !Close(kv.Value, actual[kv.Key], KnownBaselineDeviations.Tolerance(column, kv.Key, relative)))
            .Select(kv => $"{kv.Key}: expected {kv.Value:R}, got {(actual.TryGetValue(kv.Key, out var a) ? a.ToString("R") : "missing")}")
            .ToList();
        Assert.True(failures.Count == 0, $"{column}: {failures.Count} feature(s) beyond {relative:g} relative:\n" + string.Join("\n", failures));
    }
}
