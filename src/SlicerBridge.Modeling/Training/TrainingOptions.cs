using SlicerBridge.Statistics.Lasso;

namespace SlicerBridge.Modeling.Training;

/// <summary>
/// How a model is trained and labelled. <see cref="Created"/> is written into the package as given: the
/// pipeline never reads the clock, so the same data, options and seed give the same bytes.
/// </summary>
public sealed record TrainingOptions
{
    public string Name { get; init; } = "hcc-proliferative";

    public string Version { get; init; } = "1.0.0";

    /// <summary>UTC training time, ISO 8601 (e.g. <c>2026-11-28T00:00:00Z</c>).</summary>
    public required string Created { get; init; }

    public int Seed { get; init; } = 1;

    public LassoSolver Engine { get; init; } = LassoSolver.MlNet;

    /// <summary>Features need an ICC strictly above this in every repeated-read set present.</summary>
    public double IccThreshold { get; init; } = 0.75;

    /// <summary>Of a pair with |Pearson r| above this, the later feature (table order) is dropped.</summary>
    public double CorrelationThreshold { get; init; } = 0.9;

    /// <summary>Cross-validation folds when the data do not fix them.</summary>
    public int Folds { get; init; } = 10;

    /// <summary>The nomogram's clinical terms, after the radscore.</summary>
    public IReadOnlyList<ClinicalTerm> Clinical { get; init; } = [ClinicalTerm.AfpAbove200];

    public string Outcome { get; init; } = "proliferative";

    /// <summary>Trained on synthetic data: the package says so, and every output must say "not for clinical use".</summary>
    public bool Demonstration { get; init; }

    public string IntendedUse { get; init; } =
        "Estimates the probability that a hepatocellular carcinoma is of the proliferative type from arterial and portal-venous " +
        "phase contrast-enhanced CT radiomics and serum AFP, in adults with HCC being considered for TACE, as decision support " +
        "for radiologists and tumour boards. Not a diagnosis; not validated outside the training population.";
}
