using SlicerBridge.Statistics.Survival;

namespace SlicerBridge.Modeling.Outcomes;

/// <summary>
/// The score cut-off: given by the user (<c>method = "given"</c>) or survminer's optimal cut-point
/// (<c>method = "maxstat"</c>, with its standardised log-rank statistic, minprop and the scan of
/// every candidate). High = score &gt; cut-off, as <c>surv_categorize</c>.
/// </summary>
public sealed record CutoffResult(string Method, double Value, double? Statistic, double? MinProp, IReadOnlyList<CutpointCandidate>? Scan);
