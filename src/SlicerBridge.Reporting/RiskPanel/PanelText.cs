using System.Globalization;
using SlicerBridge.Modeling.Outcomes;

namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>
/// Every sentence on the panel, worded once for both renderings: section headings and captions, the
/// probability and risk groups, and the model card. Plain text; the HTML escapes it.
/// </summary>
internal sealed class PanelText
{
    /// <summary>The drivers chart shows at most this many features, the largest |contribution| first.</summary>
    public const int MaxDrivers = 10;

    private readonly RiskPanelData _data;

    public PanelText(RiskPanelData data) => _data = data;

    public string Title => "Tumour-board risk panel: proliferative HCC";

    public string Subtitle => $"{_data.DisplayLabel} · model {_data.Model.Id} {_data.Model.Version}";

    public string Heading(string section) => section switch
    {
        PanelLayout.Probability => "Probability of proliferative HCC",
        PanelLayout.Position => "Radscore among training patients",
        PanelLayout.Nomogram => "Nomogram with this patient's points",
        PanelLayout.Drivers => "What drove the radscore",
        PanelLayout.Survival => "Progression-free survival after TACE",
        PanelLayout.ModelCard => "Model card",
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, "no heading"),
    };

    public string Caption(string section) => section switch
    {
        PanelLayout.Position => PositionCaption(),
        PanelLayout.Nomogram => NomogramCaption(),
        PanelLayout.Drivers => DriversCaption(),
        PanelLayout.Survival => SurvivalCaption(),
        _ => "",
    };

    public string ProbabilityValue => Percent(_data.Probability.Probability);

    public string Interval => _data.Probability is { Low: { } low, High: { } high } p
        ? $"95% interval {Percent(low)} – {Percent(high)} ({p.Method})"
        : "95% interval not available";

    public IReadOnlyList<string> RiskLines =>
    [
        $"Nomogram: {_data.Nomogram.Group.ToLowerInvariant()} risk (linear predictor {Number(_data.Nomogram.Value, 3)} {Compare(_data.Nomogram)} cut-off {Number(_data.Nomogram.Cutoff, 3)})",
        $"Radscore: {_data.Radscore.Group.ToLowerInvariant()} ({Number(_data.Radscore.Value, 3)} {Compare(_data.Radscore)} cut-off {Number(_data.Radscore.Cutoff, 3)})",
    ];

    public IReadOnlyList<string> Warnings => _data.Warnings.Select(w => "Warning: " + w).ToArray();

    public IReadOnlyList<(string Key, string Value)> ModelCardRows
    {
        get
        {
            var m = _data.Model;
            var rows = new List<(string, string)>
            {
                ("Model", $"{m.Id} version {m.Version}"),
                ("Created", m.Created),
                ("Software", m.Software),
                ("Training data", $"{m.NTrain} patients ({m.NPositiveTrain} proliferative), {m.NValidation} validation. {m.DataDescription}"),
            };
            foreach (var model in m.Aucs.Select(a => a.Model).Distinct())
            {
                var sets = m.Aucs.Where(a => a.Model == model)
                    .Select(a => $"{a.Set} {Number(a.Auc, 2)} ({Number(a.Low, 2)}–{Number(a.High, 2)}, n = {a.N})");
                rows.Add(($"AUC {model}", string.Join("; ", sets)));
            }

            rows.Add(("Intended use", m.IntendedUse));
            if (m.Sha256 is { Length: > 0 } sha)
            {
                rows.Add(("SHA-256", sha.Length > 16 ? sha[..16] + "…" : sha));
            }

            return rows;
        }
    }

    public string Footer =>
        $"SlicerBridge {Version}. Probability and risk groups from the model's nomogram (high = strictly above the cut-off); 95% CIs of AUCs by DeLong. "
        + "A decision aid for discussion: the tumour board decides.";

    public string MissingFigure(string section) => section switch
    {
        PanelLayout.Position => "Training radscores not available: the patient cannot be placed among training patients.",
        PanelLayout.Drivers => "No feature contributions: the radscore was given, not computed from features.",
        PanelLayout.Survival => "No outcome cohort was given: survival by risk group is not shown.",
        _ => "",
    };

    public IReadOnlyList<RiskDriver> ShownDrivers => _data.Drivers
        .OrderByDescending(d => Math.Abs(d.Contribution)).ThenBy(d => d.Name, StringComparer.Ordinal).Take(MaxDrivers).ToArray();

    public string SurvivalLabel(string group)
    {
        var cut = Number(_data.Survival!.Outcomes.Cutoff.Value, 3);
        var label = group == OutcomesAnalysis.High ? $"High > {cut}" : $"Low ≤ {cut}";
        return group == _data.Survival.PatientGroup ? label + " ●" : label;
    }

    /// <summary>The line above the Kaplan-Meier curves: which cohort, how many patients and events, and the log-rank test.</summary>
    public string SurvivalNote
    {
        get
        {
            var s = _data.Survival!;
            return $"{s.Cohort}: {s.Outcomes.N} patients, {s.Outcomes.Events} events; log-rank {Outcomes.ReportFormat.PEquals(s.Outcomes.Logrank.P)}";
        }
    }

    public static string Number(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture).Replace('-', '−');

    public static string Percent(double fraction) =>
        (100 * fraction).ToString(fraction is < 0.1 or > 0.9 ? "0.0" : "0", CultureInfo.InvariantCulture) + "%";

    private static string Version => typeof(PanelText).Assembly.GetName().Version?.ToString(3) ?? "unknown";

    private static string Compare(RiskCut cut) => cut.IsHigh ? ">" : "≤";

    private string PositionCaption()
    {
        if (_data.TrainingRadscores is not { } training)
        {
            return "";
        }

        var x = _data.Radscore.Value;
        var below = (training.Count(r => r < x) + 0.5 * training.Count(r => r == x)) / training.Count;
        return $"Radscore {Number(x, 3)} is above {Percent(below)} of {training.Count} training patients; dashed line: cut-off {Number(_data.Radscore.Cutoff, 3)}.";
    }

    private string NomogramCaption()
    {
        var patient = _data.NomogramScale.Patient!;
        var parts = _data.NomogramScale.Predictors.Select((p, j) => $"{p.Name} {Number(patient.Points[j], 1)} pts");
        return $"{string.Join(" + ", parts)} = {Number(patient.TotalPoints, 1)} total points → probability {Percent(_data.Probability.Probability)}.";
    }

    private string DriversCaption()
    {
        if (_data.Drivers.Count == 0)
        {
            return "";
        }

        var shown = Math.Min(MaxDrivers, _data.Drivers.Count);
        var sum = _data.Drivers.Sum(d => d.Contribution);
        var which = shown < _data.Drivers.Count ? $"the {shown} largest of {_data.Drivers.Count} features" : $"all {shown} features";
        return $"Signed share of each feature, coefficient × z (training scale); {which}; contributions sum to {Number(sum, 3)} (radscore minus intercept).";
    }

    private string SurvivalCaption()
    {
        if (_data.Survival is not { } s)
        {
            return "";
        }

        var group = s.Outcomes.Groups.First(g => g.Group == s.PatientGroup);
        var median = group.Median is { } m
            ? $"median {Number(m, 1)} ({Number(group.MedianCiLow, 1)}–{Number(group.MedianCiHigh, 1)})"
            : "median not reached";
        return $"● Patient's group: {(s.PatientGroup == OutcomesAnalysis.High ? "high" : "low")} {s.Outcomes.Score} (n = {group.N}, {group.Events} events), {median}.";
    }

    private static string Number(double? value, int decimals) => value is { } v ? Number(v, decimals) : "NA";
}
