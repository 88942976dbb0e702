namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>The AUC of one model (radscore or nomogram) on one set, with its 95% CI and the set's size.</summary>
public sealed record ModelCardAuc(string Model, string Set, int N, double Auc, double Low, double High);
