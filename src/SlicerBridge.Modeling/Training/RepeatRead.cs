using SlicerBridge.Modeling.FeatureTables;

namespace SlicerBridge.Modeling.Training;

/// <summary>
/// The second segmentation of one phase for the cases that have one: <see cref="Cases"/> are indices into
/// <see cref="TrainingCohort.Cases"/>, and <see cref="Second"/> has one row per such case with that phase's
/// features under the same (prefixed) names as the primary table.
/// </summary>
public sealed record RepeatRead(ReliabilityKind Kind, string Phase, IReadOnlyList<int> Cases, FeatureTable Second);
