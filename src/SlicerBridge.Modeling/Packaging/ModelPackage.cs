using System.Text.Json.Serialization;

namespace SlicerBridge.Modeling.Packaging;

/// <summary>
/// A trained model as one JSON document (<c>*.model.json</c>, schema <c>slicerbridge.model/v1</c>):
/// everything needed to score, and to know what one is scoring with. <see cref="Sha256"/> covers the
/// canonical serialisation of every other field (see <see cref="ModelPackageSerializer"/>), so the
/// same inputs and seed give a byte-identical package. The format is a public contract: every field is
/// documented in <c>Packaging/README.md</c> and checked by <see cref="ModelPackageValidator"/>.
/// </summary>
public sealed record ModelPackage
{
    public const string SchemaName = "slicerbridge.model/v1";

    [JsonPropertyName("schema")]
    public string Schema { get; init; } = SchemaName;

    /// <summary>Stable identifier of the model line, e.g. <c>hcc-proliferative</c>.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>Version of this package within the model line, e.g. <c>1.0.0</c>.</summary>
    [JsonPropertyName("version")]
    public required string Version { get; init; }

    /// <summary>When it was trained (UTC, ISO 8601); taken from the training options, never the clock, so packages reproduce.</summary>
    [JsonPropertyName("created")]
    public required string Created { get; init; }

    [JsonPropertyName("software")]
    public required SoftwareInfo Software { get; init; }

    [JsonPropertyName("intended_use")]
    public required string IntendedUse { get; init; }

    /// <summary>True for a model trained on synthetic data: every output must say "for demonstration, not for clinical use".</summary>
    [JsonPropertyName("demonstration")]
    public required bool Demonstration { get; init; }

    [JsonPropertyName("extraction")]
    public required ExtractionInfo Extraction { get; init; }

    /// <summary>The LASSO-selected features, in the order of the radscore sum.</summary>
    [JsonPropertyName("features")]
    public required IReadOnlyList<SelectedFeature> Features { get; init; }

    [JsonPropertyName("radscore")]
    public required RadscoreModel Radscore { get; init; }

    [JsonPropertyName("nomogram")]
    public required NomogramModel Nomogram { get; init; }

    [JsonPropertyName("metrics")]
    public required ModelMetrics Metrics { get; init; }

    /// <summary>What the training images looked like, for out-of-range warnings at scoring time.</summary>
    [JsonPropertyName("training_ranges")]
    public required TrainingRanges TrainingRanges { get; init; }

    [JsonPropertyName("data")]
    public required TrainingData Data { get; init; }

    [JsonPropertyName("seed")]
    public required int Seed { get; init; }

    /// <summary>SHA-256 (lower-case hex) of the canonical JSON of the package with this field empty.</summary>
    [JsonPropertyName("sha256")]
    public string Sha256 { get; init; } = "";
}

public sealed record SoftwareInfo(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("version")] string Version);

/// <summary>How features were extracted: the PyRadiomics parameter file verbatim, and the phases in name-prefix order.</summary>
public sealed record ExtractionInfo(
    [property: JsonPropertyName("parameters_yaml")] string ParametersYaml,
    [property: JsonPropertyName("phases")] IReadOnlyList<string> Phases);

/// <summary>
/// One selected feature: its full two-phase name (e.g. <c>arterial_wavelet-HLL_glszm_ZoneEntropy</c>), the
/// training mean and SD used for the z-score, the LASSO coefficient on the z-scale, and the training range.
/// </summary>
public sealed record SelectedFeature(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("mean")] double Mean,
    [property: JsonPropertyName("sd")] double Sd,
    [property: JsonPropertyName("coefficient")] double Coefficient,
    [property: JsonPropertyName("training_min")] double TrainingMin,
    [property: JsonPropertyName("training_max")] double TrainingMax);

/// <summary>radscore = intercept + Σ coefficient · z; patients above <see cref="Cutoff"/> are high risk.</summary>
public sealed record RadscoreModel(
    [property: JsonPropertyName("intercept")] double Intercept,
    [property: JsonPropertyName("cutoff")] double Cutoff,
    [property: JsonPropertyName("lambda")] double Lambda,
    [property: JsonPropertyName("lambda_rule")] string LambdaRule);

/// <summary>
/// The clinical-radiomics nomogram: linear predictor = intercept + Σ terms; probability = logistic(lp);
/// lp above <see cref="Cutoff"/> is high risk.
/// </summary>
public sealed record NomogramModel(
    [property: JsonPropertyName("intercept")] double Intercept,
    [property: JsonPropertyName("terms")] IReadOnlyList<NomogramTerm> Terms,
    [property: JsonPropertyName("cutoff")] double Cutoff);

/// <summary>
/// One nomogram term. <see cref="Variable"/> is <c>radscore</c> or a clinical variable; with a
/// <see cref="Threshold"/> the term is the indicator variable &gt; threshold (e.g. <c>afp_gt_200</c>
/// from <c>afp_ng_ml</c> &gt; 200), otherwise the value itself.
/// </summary>
public sealed record NomogramTerm(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("variable")] string Variable,
    [property: JsonPropertyName("threshold")] double? Threshold,
    [property: JsonPropertyName("coefficient")] double Coefficient);

/// <summary>
/// Discrimination on the training and validation sets, keyed by model (<c>radscore</c>, <c>nomogram</c>);
/// validation metrics are present exactly when there were validation cases.
/// </summary>
public sealed record ModelMetrics(
    [property: JsonPropertyName("train")] IReadOnlyDictionary<string, SetMetrics> Train,
    [property: JsonPropertyName("validation")] IReadOnlyDictionary<string, SetMetrics>? Validation,
    [property: JsonPropertyName("delong_p_validation")] double? DeLongPValidation);

/// <summary>AUC with its DeLong 95% CI, and the Table 2 metrics at the training Youden cut-off.</summary>
public sealed record SetMetrics(
    [property: JsonPropertyName("n")] int N,
    [property: JsonPropertyName("auc")] double Auc,
    [property: JsonPropertyName("auc_ci_low")] double AucCiLow,
    [property: JsonPropertyName("auc_ci_high")] double AucCiHigh,
    [property: JsonPropertyName("sensitivity")] double Sensitivity,
    [property: JsonPropertyName("specificity")] double Specificity,
    [property: JsonPropertyName("ppv")] double Ppv,
    [property: JsonPropertyName("npv")] double Npv);

/// <summary>Ranges of the training images: voxel spacing per axis and VOI volume (mL), per phase.</summary>
public sealed record TrainingRanges(
    [property: JsonPropertyName("spacing_min_mm")] IReadOnlyList<double> SpacingMinMm,
    [property: JsonPropertyName("spacing_max_mm")] IReadOnlyList<double> SpacingMaxMm,
    [property: JsonPropertyName("voi_ml_min")] double VoiMlMin,
    [property: JsonPropertyName("voi_ml_max")] double VoiMlMax);

/// <summary>What it was trained on: the manifest's hash and the case counts.</summary>
public sealed record TrainingData(
    [property: JsonPropertyName("manifest_sha256")] string ManifestSha256,
    [property: JsonPropertyName("n_train")] int NTrain,
    [property: JsonPropertyName("n_validation")] int NValidation,
    [property: JsonPropertyName("n_positive_train")] int NPositiveTrain,
    [property: JsonPropertyName("description")] string Description);
