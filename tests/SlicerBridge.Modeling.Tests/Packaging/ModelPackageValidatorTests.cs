using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Packaging;

namespace SlicerBridge.Modeling.Tests.Packaging;

public class ModelPackageValidatorTests
{
    private static readonly ModelPackage Valid = TestPackages.Create();

    /// <summary>Each mutation breaks one field; the error must name that field.</summary>
    private static readonly Dictionary<string, (Func<ModelPackage, ModelPackage> Mutate, string Where)> Mutations = new()
    {
        ["no phase prefix"] = (p => WithFeature(p, 0, f => f with { Name = "original_firstorder_Mean" }), "features[0].name"),
        ["unknown class"] = (p => WithFeature(p, 0, f => f with { Name = "arterial_original_foo_Mean" }), "features[0].name"),
        ["undefined feature"] = (p => WithFeature(p, 1, f => f with { Name = "venous_original_glcm_Nope" }), "features[1].name"),
        ["unknown image type"] = (p => WithFeature(p, 0, f => f with { Name = "arterial_wavelet-XYZ_firstorder_Mean" }), "features[0].name"),
        ["shape on a filtered image"] = (p => WithFeature(p, 2, f => f with { Name = "venous_log-sigma-1-0-mm-3D_shape_Sphericity" }), "features[2].name"),
        ["image type not enabled"] = (p => WithFeature(p, 0, f => f with { Name = "arterial_wavelet-HLL_firstorder_Mean" }), "features[0].name"),
        ["class not enabled"] = (p => WithFeature(p, 0, f => f with { Name = "arterial_original_glszm_ZoneEntropy" }), "features[0].name"),
        ["duplicate feature"] = (p => WithFeature(p, 1, f => f with { Name = "arterial_original_firstorder_Mean" }), "features[1].name"),
        ["phase not listed"] = (p => p with { Extraction = p.Extraction with { Phases = [TwoPhaseFeatureName.Arterial] } }, "features[1].name"),
        ["zero sd"] = (p => WithFeature(p, 1, f => f with { Sd = 0 }), "features[1].sd"),
        ["negative sd"] = (p => WithFeature(p, 1, f => f with { Sd = -1 }), "features[1].sd"),
        ["infinite mean"] = (p => WithFeature(p, 0, f => f with { Mean = double.PositiveInfinity }), "features[0].mean"),
        ["NaN coefficient"] = (p => WithFeature(p, 2, f => f with { Coefficient = double.NaN }), "features[2].coefficient"),
        ["training range reversed"] = (p => WithFeature(p, 0, f => f with { TrainingMin = 2000 }), "features[0].training_min"),
        ["no features"] = (p => p with { Features = [] }, "features"),
        ["bad YAML"] = (p => p with { Extraction = p.Extraction with { ParametersYaml = "setting: [" } }, "extraction.parameters_yaml"),
        ["unknown YAML key"] = (p => p with { Extraction = p.Extraction with { ParametersYaml = "foo: 1\n" } }, "extraction.parameters_yaml"),
        ["unknown phase"] = (p => p with { Extraction = p.Extraction with { Phases = ["arterial", "delayed"] } }, "extraction.phases[1]"),
        ["NaN radscore cut-off"] = (p => p with { Radscore = p.Radscore with { Cutoff = double.NaN } }, "radscore.cutoff"),
        ["infinite radscore intercept"] = (p => p with { Radscore = p.Radscore with { Intercept = double.NegativeInfinity } }, "radscore.intercept"),
        ["NaN nomogram cut-off"] = (p => p with { Nomogram = p.Nomogram with { Cutoff = double.NaN } }, "nomogram.cutoff"),
        ["unknown clinical variable"] = (p => WithTerm(p, 0, t => t with { Variable = "age" }), "nomogram.terms[0].variable"),
        ["infinite threshold"] = (p => WithTerm(p, 0, t => t with { Threshold = double.PositiveInfinity }), "nomogram.terms[0].threshold"),
        ["NaN term coefficient"] = (p => WithTerm(p, 1, t => t with { Coefficient = double.NaN }), "nomogram.terms[1].coefficient"),
        ["duplicate term"] = (p => WithTerm(p, 1, t => t with { Name = "afp_gt_200" }), "nomogram.terms[1].name"),
        ["no terms"] = (p => p with { Nomogram = p.Nomogram with { Terms = [] } }, "nomogram.terms"),
        ["AUC above 1"] = (p => p with { Metrics = p.Metrics with { Train = new Dictionary<string, SetMetrics> { ["radscore"] = p.Metrics.Train["radscore"] with { Auc = 1.2 }, ["nomogram"] = p.Metrics.Train["nomogram"] } } }, "metrics.train.radscore.auc"),
        ["metrics without the nomogram"] = (p => p with { Metrics = p.Metrics with { Train = new Dictionary<string, SetMetrics> { ["radscore"] = p.Metrics.Train["radscore"] } } }, "metrics.train"),
        ["validation metrics missing"] = (p => p with { Metrics = p.Metrics with { Validation = null } }, "metrics.validation"),
        ["validation metrics without validation cases"] = (p => p with { Data = p.Data with { NValidation = 0 } }, "metrics.validation"),
        ["DeLong p above 1"] = (p => p with { Metrics = p.Metrics with { DeLongPValidation = 1.5 } }, "metrics.delong_p_validation"),
        ["two spacing values"] = (p => p with { TrainingRanges = p.TrainingRanges with { SpacingMinMm = [0.5, 0.5] } }, "training_ranges.spacing_min_mm"),
        ["zero spacing"] = (p => p with { TrainingRanges = p.TrainingRanges with { SpacingMinMm = [0.5, 0, 1] } }, "training_ranges.spacing_min_mm[1]"),
        ["spacing reversed"] = (p => p with { TrainingRanges = p.TrainingRanges with { SpacingMaxMm = [1, 1, 0.9] } }, "training_ranges.spacing_min_mm[2]"),
        ["VOI range reversed"] = (p => p with { TrainingRanges = p.TrainingRanges with { VoiMlMin = 600 } }, "training_ranges.voi_ml_min"),
        ["manifest not hex"] = (p => p with { Data = p.Data with { ManifestSha256 = new string('A', 64) } }, "data.manifest_sha256"),
        ["more positives than cases"] = (p => p with { Data = p.Data with { NPositiveTrain = 127 } }, "data.n_positive_train"),
        ["empty id"] = (p => p with { Id = " " }, "id"),
        ["created not a date"] = (p => p with { Created = "yesterday" }, "created"),
        ["created without a zone"] = (p => p with { Created = "2026-01-01T00:00:00" }, "created"),
        ["created in a local format"] = (p => p with { Created = "1/2/2026" }, "created"),
        ["other schema"] = (p => p with { Schema = "slicerbridge.model/v2" }, "schema"),
    };

    public static TheoryData<string> MutationNames => new(Mutations.Keys);

    [Theory]
    [InlineData("2026-01-01T00:00:00Z")]
    [InlineData("2026-01-01T09:30:00.125+01:00")]
    public void CreatedAcceptsIsoDateTimesWithAZone(string created) =>
        ModelPackageValidator.Validate(Valid with { Created = created });

    [Fact]
    public void TheTestPackageIsValid()
    {
        var parameters = ModelPackageValidator.Validate(Valid);
        Assert.Equal(25, parameters.Settings.BinWidth);
    }

    [Theory]
    [MemberData(nameof(MutationNames))]
    public void EachBrokenFieldIsNamed(string mutation)
    {
        var (mutate, where) = Mutations[mutation];

        var e = Assert.Throws<InvalidInputException>(() => ModelPackageValidator.Validate(mutate(Valid)));

        Assert.Equal(where, e.Where);
        Assert.Contains(where, e.Message, StringComparison.Ordinal);
    }

    private static ModelPackage WithFeature(ModelPackage p, int index, Func<SelectedFeature, SelectedFeature> change)
    {
        var features = p.Features.ToList();
        features[index] = change(features[index]);
        return p with { Features = features };
    }

    private static ModelPackage WithTerm(ModelPackage p, int index, Func<NomogramTerm, NomogramTerm> change)
    {
        var terms = p.Nomogram.Terms.ToList();
        terms[index] = change(terms[index]);
        return p with { Nomogram = p.Nomogram with { Terms = terms } };
    }
}
