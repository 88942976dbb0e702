using System.Diagnostics;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Modeling.Scoring;

/// <summary>
/// Scores one tumour with one model package: extracts only the model's features from the phases it uses,
/// z-scores them with the training mean and SD, sums the radscore, evaluates the nomogram and checks the
/// inputs against the training data. Build once per package and reuse: it keeps no per-score state, so
/// one instance can serve concurrent requests.
/// </summary>
/// <remarks>
/// A phase the model has no feature from is not needed and not read: it may be null, or its mask may be
/// empty. A phase the model uses must be given.
/// </remarks>
public sealed class ModelScorer
{
    private readonly TwoPhaseExtractor _extractor;
    private readonly string[] _featureNames;
    private readonly int _defaultLabel;

    /// <summary>Validates <paramref name="package"/> (see <see cref="ModelPackageValidator"/>) and prepares its extraction.</summary>
    public ModelScorer(ModelPackage package)
    {
        ArgumentNullException.ThrowIfNull(package);
        var parameters = ModelPackageValidator.Validate(package);

        // Diagnostics cost a pass over the whole image and are not part of a score.
        _extractor = new TwoPhaseExtractor(parameters with { Settings = parameters.Settings with { AdditionalInfo = false } });
        _defaultLabel = parameters.Settings.Label;
        Package = package;
        _featureNames = package.Features.Select(f => f.Name).ToArray();
        var used = package.Features.Select(f => TwoPhaseFeatureName.Parse(f.Name).Phase).ToHashSet(StringComparer.Ordinal);
        PhasesUsed = TwoPhaseFeatureName.Phases.Where(used.Contains).ToList();
        ClinicalVariablesUsed = NomogramCalculator.ClinicalVariablesOf(package.Nomogram);
    }

    public ModelPackage Package { get; }

    /// <summary>The phases the model has features from (<c>arterial</c>, <c>venous</c>), in vector order.</summary>
    public IReadOnlyList<string> PhasesUsed { get; }

    /// <summary>The clinical variables the nomogram needs, e.g. <c>afp_ng_ml</c>.</summary>
    public IReadOnlyList<string> ClinicalVariablesUsed { get; }

    /// <param name="arterial">The arterial phase; may be null when the model uses no arterial feature.</param>
    /// <param name="venous">The portal-venous phase; may be null when the model uses no venous feature.</param>
    /// <param name="clinical">Clinical values by variable name (e.g. <c>afp_ng_ml</c>); each must be known and in range.</param>
    public ScoreResult Score(PhaseInput? arterial, PhaseInput? venous, IReadOnlyDictionary<string, double> clinical)
    {
        ArgumentNullException.ThrowIfNull(clinical);
        var start = Stopwatch.GetTimestamp();
        NomogramCalculator.CheckClinical(Package.Nomogram, clinical);
        var phases = new Dictionary<string, PhaseInput>(StringComparer.Ordinal);
        foreach (var phase in PhasesUsed)
        {
            phases[phase] = (phase == TwoPhaseFeatureName.Arterial ? arterial : venous)
                ?? throw new InvalidInputException($"the model uses {phase}-phase features but no {phase} phase was given", phase);
        }

        // The extractor takes both phases but never touches one from which no feature is requested.
        var any = phases.Values.First();
        var extractionStart = Stopwatch.GetTimestamp();
        var extraction = _extractor.Execute(arterial ?? any, venous ?? any, _featureNames);
        var extractionMs = Stopwatch.GetElapsedTime(extractionStart).TotalMilliseconds;

        var values = extraction.Features.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
        var contributions = new List<FeatureContribution>(_featureNames.Length);
        var radscore = Package.Radscore.Intercept;
        foreach (var feature in Package.Features)
        {
            var value = values[feature.Name];
            if (!double.IsFinite(value))
            {
                throw new InvalidInputException(
                    $"feature {feature.Name} is undefined ({value}) for this VOI, so the model cannot score it", feature.Name);
            }

            var z = (value - feature.Mean) / feature.Sd;
            var contribution = feature.Coefficient * z;
            radscore += contribution;
            contributions.Add(new FeatureContribution(feature.Name, value, feature.Mean, feature.Sd, z, feature.Coefficient,
                contribution, feature.TrainingMin, feature.TrainingMax));
        }

        var nomogram = NomogramCalculator.Evaluate(Package.Nomogram, radscore, clinical);
        var vois = phases.Select(p => Measure(p.Key, p.Value)).ToList();
        var warnings = vois.SelectMany(v => ScoreWarnings.ForVoi(v, Package.TrainingRanges))
            .Concat(contributions.Select(ScoreWarnings.ForFeature).OfType<ScoreWarning>())
            .ToList();

        return new ScoreResult
        {
            Model = new ScoredModel(Package.Id, Package.Version, Package.Sha256.Length > 0 ? Package.Sha256 : null, Package.IntendedUse),
            Demonstration = Package.Demonstration,
            Radscore = new RadscoreScore(radscore, Package.Radscore.Cutoff, NomogramCalculator.Classify(radscore, Package.Radscore.Cutoff)),
            Nomogram = nomogram,
            Drivers = contributions.OrderByDescending(c => Math.Abs(c.Contribution)).ToList(),
            Clinical = new SortedDictionary<string, double>(clinical.ToDictionary(), StringComparer.Ordinal),
            Phases = vois,
            Warnings = warnings,
            Timing = new ScoreTiming(extractionMs, Stopwatch.GetElapsedTime(start).TotalMilliseconds),
        };
    }

    private PhaseVoi Measure(string phase, PhaseInput input)
    {
        var roi = RoiMask.FromLabel(input.Mask, input.Label ?? _defaultLabel, input.Where ?? phase);
        var spacing = input.Image.Geometry.Spacing;
        return new PhaseVoi(phase, roi.VoxelCount, roi.VoxelCount * input.Mask.Geometry.VoxelVolume / 1000.0, [spacing.X, spacing.Y, spacing.Z]);
    }
}
