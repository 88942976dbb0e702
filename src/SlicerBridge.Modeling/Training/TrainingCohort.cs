using SlicerBridge.Modeling.Cohorts;
using SlicerBridge.Modeling.FeatureTables;

namespace SlicerBridge.Modeling.Training;

/// <summary>
/// Everything the pipeline trains on, whichever way it arrived (images through a manifest, or a feature
/// table with a clinical table): the cases, their primary-read features in case order, the repeated reads
/// for ICC screening, and what identifies the data (SHA-256 and file name of the manifest or tables).
/// </summary>
public sealed record TrainingCohort(
    IReadOnlyList<CohortRecord> Cases,
    FeatureTable Features,
    IReadOnlyList<RepeatRead> RepeatReads,
    string SourceSha256,
    string SourceName,
    string ParametersYaml)
{
    public IEnumerable<int> Indices(CohortSplit split) => Enumerable.Range(0, Cases.Count).Where(i => Cases[i].Split == split);
}
