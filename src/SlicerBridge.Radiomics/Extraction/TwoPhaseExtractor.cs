using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>
/// The study's two-phase feature vector: the same extraction on the arterial and the portal-venous
/// phase, names prefixed <c>arterial_</c> and <c>venous_</c>. The phases run in parallel; a phase a
/// feature list does not need is not computed at all.
/// </summary>
public sealed class TwoPhaseExtractor
{
    public const string ArterialPrefix = "arterial_";
    public const string VenousPrefix = "venous_";

    private readonly RadiomicsExtractor _extractor;

    public TwoPhaseExtractor(ExtractionParameters parameters)
    {
        _extractor = new RadiomicsExtractor(parameters);
    }

    public ExtractionParameters Parameters => _extractor.Parameters;

    /// <param name="arterial">The arterial phase.</param>
    /// <param name="venous">The portal-venous phase.</param>
    /// <param name="features">Two-phase names to compute (e.g. a model's); everything enabled when null.</param>
    /// <param name="cancellationToken">Stops both phases between image types.</param>
    public ExtractionResult Execute(PhaseInput arterial, PhaseInput venous, IReadOnlyCollection<string>? features = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arterial);
        ArgumentNullException.ThrowIfNull(venous);
        var arterialFeatures = features is null ? null : PhaseFeatures(features, ArterialPrefix);
        var venousFeatures = features is null ? null : PhaseFeatures(features, VenousPrefix);
        if (features is not null && arterialFeatures!.Count + venousFeatures!.Count != features.Count)
        {
            var stray = features.First(f => !f.StartsWith(ArterialPrefix, StringComparison.Ordinal) && !f.StartsWith(VenousPrefix, StringComparison.Ordinal));
            throw new InvalidInputException($"feature '{stray}' has no phase prefix ({ArterialPrefix} or {VenousPrefix})", stray);
        }

        var arterialTask = Task.Run(() => Run(arterial, arterialFeatures, "arterial", cancellationToken), cancellationToken);
        var venousResult = Run(venous, venousFeatures, "venous", cancellationToken);
        var arterialResult = arterialTask.GetAwaiter().GetResult();

        return new ExtractionResult(
            Prefixed(arterialResult.Features, ArterialPrefix).Concat(Prefixed(venousResult.Features, VenousPrefix)).ToList(),
            Prefixed(arterialResult.Diagnostics, ArterialPrefix).Concat(Prefixed(venousResult.Diagnostics, VenousPrefix)).ToList());
    }

    private ExtractionResult Run(PhaseInput phase, List<string>? features, string name, CancellationToken cancellationToken)
    {
        if (features is { Count: 0 })
        {
            return new ExtractionResult([], []);
        }

        try
        {
            return _extractor.Execute(phase.Image, phase.Mask, phase.Label, features, phase.Where ?? name, cancellationToken);
        }
        catch (InvalidInputException e) when (phase.Where is null)
        {
            throw new InvalidInputException($"{name} phase: {e.Message}", e.Where ?? name, e);
        }
    }

    private static List<string> PhaseFeatures(IEnumerable<string> features, string prefix) =>
        features.Where(f => f.StartsWith(prefix, StringComparison.Ordinal)).Select(f => f[prefix.Length..]).ToList();

    private static IEnumerable<KeyValuePair<string, T>> Prefixed<T>(IEnumerable<KeyValuePair<string, T>> items, string prefix) =>
        items.Select(kv => new KeyValuePair<string, T>(prefix + kv.Key, kv.Value));
}
