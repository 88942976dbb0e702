using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Server.Errors;

namespace SlicerBridge.Server.Services;

/// <summary>
/// Runs the extractor on decoded phases: both phases through <see cref="TwoPhaseExtractor"/>, a single
/// phase through <see cref="RadiomicsExtractor"/> with the same <c>arterial_</c>/<c>venous_</c> prefix.
/// </summary>
public sealed class FeatureExtraction(ExtractionParameters defaults)
{
    private readonly ExtractionParameters _defaults = defaults ?? throw new ArgumentNullException(nameof(defaults));

    /// <summary>The request's parameter file, or the server's defaults when it brings none.</summary>
    public ExtractionParameters Parameters(string yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return _defaults;
        }

        try
        {
            return ParameterFile.Parse(yaml);
        }
        catch (InvalidInputException e)
        {
            throw Failures.InvalidArgument("parameters_yaml", e.Where is null ? e.Message : $"{e.Message} ({e.Where})");
        }
    }

    public static ExtractionResult Run(ExtractionParameters parameters, IReadOnlyList<PhaseInput> phases, IReadOnlyCollection<string>? features)
    {
        ArgumentNullException.ThrowIfNull(phases);
        if (phases.Count == 2)
        {
            return new TwoPhaseExtractor(parameters).Execute(phases[0], phases[1], features);
        }

        var phase = phases[0];
        var prefix = phase.Where + "_";
        List<string>? own = null;
        if (features is not null)
        {
            var stray = features.FirstOrDefault(f => !f.StartsWith(prefix, StringComparison.Ordinal));
            if (stray is not null)
            {
                throw Failures.InvalidArgument("features", $"'{stray}' is not a feature of the {phase.Where} phase sent");
            }

            own = features.Select(f => f[prefix.Length..]).ToList();
        }

        var result = new RadiomicsExtractor(parameters).Execute(phase.Image, phase.Mask, phase.Label, own, phase.Where);
        return new ExtractionResult(
            result.Features.Select(f => new KeyValuePair<string, double>(prefix + f.Key, f.Value)).ToList(),
            result.Diagnostics.Select(d => new KeyValuePair<string, string>(prefix + d.Key, d.Value)).ToList());
    }
}
