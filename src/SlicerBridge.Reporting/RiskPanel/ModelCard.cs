using SlicerBridge.Modeling.Packaging;

namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>
/// What the panel says about the model: identity, training data, discrimination with 95% CIs,
/// intended use, and whether it is a demonstration model (then every rendering carries the banner).
/// </summary>
public sealed record ModelCard(
    string Id,
    string Version,
    string Created,
    string Software,
    int NTrain,
    int NValidation,
    int NPositiveTrain,
    string DataDescription,
    IReadOnlyList<ModelCardAuc> Aucs,
    string IntendedUse,
    bool Demonstration,
    string? Sha256 = null)
{
    public const string DemonstrationBanner = "DEMONSTRATION MODEL — for demonstration, not for clinical use";

    public static ModelCard From(ModelPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var aucs = SetAucs(package.Metrics.Train, "train")
            .Concat(package.Metrics.Validation is { } validation ? SetAucs(validation, "validation") : [])
            .ToArray();
        return new ModelCard(
            package.Id, package.Version, package.Created, $"{package.Software.Name} {package.Software.Version}",
            package.Data.NTrain, package.Data.NValidation, package.Data.NPositiveTrain, package.Data.Description,
            aucs, package.IntendedUse, package.Demonstration, package.Sha256.Length == 0 ? null : package.Sha256);
    }

    /// <summary>Radscore before nomogram, then any other model, each name once; ordinal so the order never depends on culture.</summary>
    private static IEnumerable<ModelCardAuc> SetAucs(IReadOnlyDictionary<string, SetMetrics> metrics, string set) =>
        metrics.OrderBy(m => m.Key switch { "radscore" => 0, "nomogram" => 1, _ => 2 }).ThenBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => new ModelCardAuc(m.Key, set, m.Value.N, m.Value.Auc, m.Value.AucCiLow, m.Value.AucCiHigh));
}
