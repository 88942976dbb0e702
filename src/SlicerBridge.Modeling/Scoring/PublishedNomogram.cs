using System.Diagnostics;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Packaging;

namespace SlicerBridge.Modeling.Scoring;

/// <summary>
/// The clinical-radiomics nomogram as published by He et al. (Sci Rep 2025):
/// <c>Y = -1.092 + 1.904 · [AFP &gt; 200 ng/mL] + 2.214 · radscore</c>, high risk above -0.883 (nomogram)
/// and above 0.015 (radscore).
/// </summary>
/// <remarks>
/// The paper's nine features and their coefficients are not published, so its radscore cannot be computed
/// here. This option applies the published formula to a radscore the site supplies (from its own model, or
/// typed in) and is only meaningful when that radscore is calibrated to the paper's scale; every result
/// says so in a <see cref="ScoreWarnings.PublishedRadscoreScale"/> warning.
/// </remarks>
public static class PublishedNomogram
{
    public const double RadscoreCutoff = 0.015;

    public static NomogramModel Nomogram { get; } = new(
        Intercept: -1.092,
        Terms:
        [
            new NomogramTerm("afp_gt_200", ClinicalVariables.AfpNgMl.Name, Threshold: 200, Coefficient: 1.904),
            new NomogramTerm("radscore", ModelPackageValidator.RadscoreVariable, Threshold: null, Coefficient: 2.214),
        ],
        Cutoff: -0.883);

    public static ScoredModel Model { get; } = new(
        "he-2025-published-nomogram",
        "sci-rep-2025",
        Sha256: null,
        "Published clinical-radiomics nomogram for proliferative HCC on contrast-enhanced CT (He et al., Sci Rep 2025), applied to a site-supplied radscore on the paper's scale");

    /// <param name="radscore">A radscore on the paper's scale.</param>
    /// <param name="clinical">Clinical values by name; <c>afp_ng_ml</c> is required.</param>
    public static ScoreResult Score(double radscore, IReadOnlyDictionary<string, double> clinical)
    {
        ArgumentNullException.ThrowIfNull(clinical);
        var start = Stopwatch.GetTimestamp();
        if (!double.IsFinite(radscore))
        {
            throw new InvalidInputException($"radscore must be a finite number (got {radscore})", "radscore");
        }

        var nomogram = NomogramCalculator.Evaluate(Nomogram, radscore, clinical);
        return new ScoreResult
        {
            Model = Model,
            Demonstration = false,
            Radscore = new RadscoreScore(radscore, RadscoreCutoff, NomogramCalculator.Classify(radscore, RadscoreCutoff)),
            Nomogram = nomogram,
            Drivers = [],
            Clinical = new SortedDictionary<string, double>(clinical.ToDictionary(), StringComparer.Ordinal),
            Phases = [],
            Warnings =
            [
                new ScoreWarning(ScoreWarnings.PublishedRadscoreScale,
                    "The published nomogram assumes a radscore on the paper's scale; the paper's features are not available, so this is valid only if the supplied radscore was calibrated to it.",
                    null),
            ],
            Timing = new ScoreTiming(0, Stopwatch.GetElapsedTime(start).TotalMilliseconds),
        };
    }
}
