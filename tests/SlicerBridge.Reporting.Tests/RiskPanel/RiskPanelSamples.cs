using System.Text.Json;
using SlicerBridge.Modeling.Outcomes;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Modeling.Tables;
using SlicerBridge.Reporting.RiskPanel;
using SlicerBridge.Testing;

namespace SlicerBridge.Reporting.Tests.RiskPanel;

/// <summary>
/// Synthetic panel inputs: a package carrying the nomogram rms fitted in the R goldens (nomogram.json),
/// nine made-up two-phase features, the R training radscores (radscore_predictions.csv) and the
/// synthetic TACE outcome cohort (outcomes_cohort.csv) cut at the study's radscore cut-off 0.015.
/// </summary>
internal static class RiskPanelSamples
{
    public const double RadscoreCutoff = 0.015;

    private static readonly Lazy<JsonElement> Golden = new(() =>
        JsonDocument.Parse(File.ReadAllText(Fixtures.Path("r", "golden", "nomogram.json"))).RootElement);

    private static readonly Lazy<OutcomesResult> Cohort = new(() =>
        OutcomesAnalysis.Run(
            CsvTable.Load(Fixtures.Path("r", "data", "outcomes_cohort.csv")),
            new OutcomesOptions("pfs_months", "pfs_event", "score", Cutoff: RadscoreCutoff)));

    public static JsonElement NomogramGolden => Golden.Value;

    public static double Coefficient(string term) => Golden.Value.GetProperty("lrm_coefficients").GetProperty(term).GetDouble();

    public static OutcomesResult Outcomes => Cohort.Value;

    public static double[] TrainingRadscores
    {
        get
        {
            var table = CsvTable.Load(Fixtures.Path("r", "golden", "radscore_predictions.csv"));
            var set = table.Text("set");
            return table.Numbers("radscore").Where((_, i) => set[i] == "train").ToArray();
        }
    }

    public static ModelPackage Package(bool demonstration = true, string intendedUse = "Research and demonstration of the SlicerBridge workflow.") => new()
    {
        Id = "hcc-proliferative-demo",
        Version = "1.2.0",
        Created = "2026-11-01T09:00:00Z",
        Software = new SoftwareInfo("SlicerBridge", "0.9.0"),
        IntendedUse = intendedUse,
        Demonstration = demonstration,
        Extraction = new ExtractionInfo("setting:\n  binWidth: 25\n", ["arterial", "venous"]),
        Features = Features.Select(f => new SelectedFeature(f.Name, 10, 2, f.Coefficient, 2, 18)).ToArray(),
        Radscore = new RadscoreModel(-0.12, RadscoreCutoff, 0.031, "lambda.min"),
        Nomogram = new NomogramModel(
            Coefficient("Intercept"),
            [new NomogramTerm("radscore", "radscore", null, Coefficient("radscore")), new NomogramTerm("afp_gt_200", "afp_ng_ml", 200, Coefficient("afp_high"))],
            -0.883),
        Metrics = new ModelMetrics(
            new Dictionary<string, SetMetrics>
            {
                ["nomogram"] = new(120, 0.85, 0.78, 0.92, 0.8, 0.77, 0.7, 0.85),
                ["radscore"] = new(120, 0.81, 0.73, 0.89, 0.75, 0.74, 0.66, 0.81),
            },
            new Dictionary<string, SetMetrics>
            {
                ["radscore"] = new(60, 0.78, 0.66, 0.90, 0.7, 0.72, 0.6, 0.8),
                ["nomogram"] = new(60, 0.83, 0.72, 0.94, 0.75, 0.76, 0.65, 0.84),
            },
            0.21),
        TrainingRanges = new TrainingRanges([0.6, 0.6, 1], [0.9, 0.9, 5], 1.2, 310),
        Data = new TrainingData(new string('a', 64), 120, 60, 45, "Synthetic two-phase CT cohort generated for the demonstration model."),
        Seed = 42,
        Sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    };

    /// <summary>Nine features with their coefficients and this patient's z-scores.</summary>
    public static (string Name, double Coefficient, double Z)[] Features =>
    [
        ("arterial_wavelet-HLL_glszm_ZoneEntropy", 0.412, 1.6),
        ("venous_log-sigma-3-0-mm-3D_firstorder_Skewness", -0.305, 0.9),
        ("arterial_original_shape_Sphericity", -0.221, -1.4),
        ("venous_wavelet-LLH_glcm_Idmn", 0.188, 0.7),
        ("arterial_log-sigma-5-0-mm-3D_glrlm_RunEntropy", 0.144, 1.1),
        ("venous_original_firstorder_Kurtosis", 0.097, -0.6),
        ("arterial_wavelet-HHL_gldm_DependenceVariance", -0.083, -0.3),
        ("venous_wavelet-LHL_ngtdm_Busyness", 0.061, 2.2),
        ("arterial_original_glcm_Correlation", -0.042, 0.4),
    ];

    public static RiskDriver[] Drivers => Features.Select(f => new RiskDriver(f.Name, f.Z, f.Coefficient * f.Z)).ToArray();

    /// <summary>A full panel: the golden example patient P002 (radscore 0.1957, AFP above 200), with an interval from SE(lp) = 0.35.</summary>
    public static RiskPanelData Panel(bool demonstration = true, string label = "Patient", IReadOnlyList<string>? warnings = null, bool withOutcomes = true) =>
        RiskPanelData.From(
            Package(demonstration),
            ExampleRadscore,
            new Dictionary<string, double> { ["afp_ng_ml"] = 350 },
            Drivers,
            withOutcomes ? Outcomes : null,
            new RiskPanelOptions(label, LinearPredictorStandardError: 0.35, TrainingRadscores: TrainingRadscores, TimeLabel: "Months after TACE", Warnings: warnings));

    /// <summary>What the scorer returns for <paramref name="package"/> at this radscore and AFP, with one warning.</summary>
    public static ScoreResult Score(ModelPackage package, double radscore, double afp)
    {
        var clinical = new Dictionary<string, double> { ["afp_ng_ml"] = afp };
        return new ScoreResult
        {
            Model = new ScoredModel(package.Id, package.Version, package.Sha256, package.IntendedUse),
            Demonstration = package.Demonstration,
            Radscore = new RadscoreScore(radscore, package.Radscore.Cutoff, NomogramCalculator.Classify(radscore, package.Radscore.Cutoff)),
            Nomogram = NomogramCalculator.Evaluate(package.Nomogram, radscore, clinical),
            Drivers = Features.Select(f => new FeatureContribution(f.Name, 10 + 2 * f.Z, 10, 2, f.Z, f.Coefficient, f.Coefficient * f.Z, 2, 18)).ToArray(),
            Clinical = clinical,
            Phases = [],
            Warnings = [new ScoreWarning("feature_out_of_range", "venous_wavelet-LHL_ngtdm_Busyness is above its training range", "venous_wavelet-LHL_ngtdm_Busyness")],
            Timing = new ScoreTiming(110, 140),
        };
    }

    public static double ExampleRadscore => Golden.Value.GetProperty("example_patients").GetProperty("radscore")[1].GetDouble();
}
