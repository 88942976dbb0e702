using SlicerBridge.Imaging;

namespace SlicerBridge.Modeling.Synthetic;

/// <summary>What to generate. <see cref="Demo"/> generates in seconds; <see cref="Study"/> has the paper's cohort sizes.</summary>
public sealed record SyntheticCohortOptions
{
    public const int Folds = 10;

    /// <summary>40 training, 20 validation and one outcome cohort of 30.</summary>
    public static SyntheticCohortOptions Demo { get; } = new();

    /// <summary>He et al.'s sizes: 126 training, 54 validation, outcome cohorts of 54 and 80.</summary>
    public static SyntheticCohortOptions Study { get; } = new() { Train = 126, Validation = 54, OutcomeCohorts = [54, 80] };

    public int Seed { get; init; } = 20250101;

    public int Train { get; init; } = 40;

    public int Validation { get; init; } = 20;

    /// <summary>Size of each TACE outcome cohort, named <c>tace1</c>, <c>tace2</c>, ... in order.</summary>
    public IReadOnlyList<int> OutcomeCohorts { get; init; } = [30];

    /// <summary>How many of the first training patients reader A segments twice (for intra-reader ICC).</summary>
    public int RepeatReads { get; init; } = 30;

    /// <summary>Share of proliferative HCC in every cohort (rounded to whole patients).</summary>
    public double ProliferativePrevalence { get; init; } = 0.4;

    /// <summary>Patients generated at once; the output does not depend on it.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Write into a folder that already holds files (files of the same name are replaced).</summary>
    public bool Overwrite { get; init; }

    internal void Validate()
    {
        Check(Train >= Folds, $"the training cohort needs at least {Folds} patients for {Folds}-fold cross-validation, got {Train}", "train");
        Check(Validation >= 0, $"validation size must not be negative, got {Validation}", "validation");
        Check(OutcomeCohorts.All(n => n >= 0), "outcome cohort sizes must not be negative", "outcomes");
        Check(Train + Validation + OutcomeCohorts.Sum() <= 10_000, "at most 10 000 patients per run", "cohort size");
        Check(RepeatReads >= 0 && RepeatReads <= Train, $"repeat reads must be between 0 and the training size {Train}, got {RepeatReads}", "repeat reads");
        Check(ProliferativePrevalence is > 0 and < 1, $"prevalence must be strictly between 0 and 1, got {ProliferativePrevalence}", "prevalence");
        Check(MaxDegreeOfParallelism >= 1, "parallelism must be at least 1", "parallelism");
    }

    private static void Check(bool condition, string message, string where)
    {
        if (!condition)
        {
            throw new InvalidInputException(message, where);
        }
    }
}
