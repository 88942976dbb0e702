using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Modeling.Tests.Packaging;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Testing;

namespace SlicerBridge.Modeling.Tests.Scoring;

public class ModelScorerTests
{
    private const double Tolerance = 1e-12;

    private static readonly ImageVolume Brain1Image = NrrdReader.Read(Fixtures.PyRadiomicsData("brain1_image.nrrd"));
    private static readonly ImageVolume Brain1Mask = NrrdReader.Read(Fixtures.PyRadiomicsData("brain1_label.nrrd"));
    private static readonly PhaseInput Brain1 = new(Brain1Image, Brain1Mask);
    private static readonly Dictionary<string, double> Afp350 = new() { ["afp_ng_ml"] = 350 };

    [Fact]
    public void ScoreIsTheHandComputationFromTheExtractorsValues()
    {
        var package = TestPackages.Create();

        var result = new ModelScorer(package).Score(Brain1, Brain1, Afp350);

        // Independent path: one-phase extraction of everything the parameter file enables, then the formulas.
        var all = new RadiomicsExtractor(ParameterFile.Parse(TestPackages.ParametersYaml))
            .Execute(Brain1Image, Brain1Mask).Features.ToDictionary(f => f.Key, f => f.Value);
        var mean = all["original_firstorder_Mean"];
        var contrast = all["original_glcm_Contrast"];
        var sphericity = all["original_shape_Sphericity"];
        Assert.Equal(825.2354363065023, mean, 1e-12 * mean); // PyRadiomics baseline, brain1
        var c1 = 0.5 * ((mean - 800) / 100);
        var c2 = -0.3 * ((contrast - 20) / 10);
        var c3 = 0.2 * ((sphericity - 0.5) / 0.1);
        var radscore = -0.2 + c1 + c2 + c3;
        var lp = -1 + 1.5 * 1 + 2 * radscore;
        var probability = 1 / (1 + Math.Exp(-lp));

        Assert.Equal(radscore, result.Radscore.Value, Tolerance);
        Assert.Equal(lp, result.Nomogram.LinearPredictor, Tolerance);
        Assert.Equal(probability, result.Nomogram.Probability, Tolerance);
        Assert.Equal(radscore > 0.1 ? RiskGroup.High : RiskGroup.Low, result.Radscore.RiskGroup);
        Assert.Equal(lp > -0.5 ? RiskGroup.High : RiskGroup.Low, result.Nomogram.RiskGroup);
        Assert.Equal(0.1, result.Radscore.Cutoff);
        Assert.Equal(-0.5, result.Nomogram.Cutoff);

        var afpTerm = result.Nomogram.Terms[0];
        Assert.Equal(("afp_gt_200", 350.0, 1.0, 1.5), (afpTerm.Name, afpTerm.Input, afpTerm.Value, afpTerm.Contribution));
        var radscoreTerm = result.Nomogram.Terms[1];
        Assert.Equal(2 * radscore, radscoreTerm.Contribution, Tolerance);

        var expected = new[]
        {
            ("arterial_original_firstorder_Mean", mean, c1),
            ("venous_original_glcm_Contrast", contrast, c2),
            ("venous_original_shape_Sphericity", sphericity, c3),
        }.OrderByDescending(d => Math.Abs(d.Item3)).ToList();
        Assert.Equal(expected.Select(d => d.Item1), result.Drivers.Select(d => d.Name));
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Item2, result.Drivers[i].Value);
            Assert.Equal(expected[i].Item3, result.Drivers[i].Contribution, Tolerance);
            Assert.Equal(result.Drivers[i].Contribution, result.Drivers[i].Coefficient * result.Drivers[i].Z, Tolerance);
        }

        Assert.Equal(["arterial", "venous"], result.Phases.Select(p => p.Phase));
        var voxelMl = Brain1Image.Geometry.VoxelVolume / 1000;
        Assert.All(result.Phases, p => Assert.Equal(4137, p.Voxels)); // PyRadiomics diagnostics_Mask-original_VoxelNum
        Assert.All(result.Phases, p => Assert.Equal(4137 * voxelMl, p.VolumeMl, 1e-12));
        Assert.Equal([0.78124999999999989, 0.78124999999999989, 6.4999999999999982], result.Phases[0].SpacingMm);
        Assert.Empty(result.Warnings);
        Assert.Equal(350, result.Clinical["afp_ng_ml"]);
        Assert.True(result.Timing.TotalMs >= result.Timing.ExtractionMs);
    }

    [Fact]
    public void ModelIdentityAndDemonstrationNoticeAreCarried()
    {
        var demo = ModelPackageSerializer.Seal(TestPackages.Create());
        var clinicalModel = ModelPackageSerializer.Seal(TestPackages.Create() with { Demonstration = false });

        var a = new ModelScorer(demo).Score(Brain1, Brain1, Afp350);
        var b = new ModelScorer(clinicalModel).Score(Brain1, Brain1, Afp350);

        Assert.True(a.Demonstration);
        Assert.Equal("for demonstration, not for clinical use", a.Notice);
        Assert.False(b.Demonstration);
        Assert.Null(b.Notice);
        Assert.Equal(("test-hcc", "0.0.1", demo.Sha256), (a.Model.Id, a.Model.Version, a.Model.Sha256));
        Assert.Equal(a.Radscore, b.Radscore);
    }

    [Fact]
    public void AfpAtTheThresholdIsNotAbove()
    {
        var scorer = new ModelScorer(TestPackages.Create());

        var at = scorer.Score(Brain1, Brain1, new Dictionary<string, double> { ["afp_ng_ml"] = 200 });
        var above = scorer.Score(Brain1, Brain1, new Dictionary<string, double> { ["afp_ng_ml"] = 200.0001 });

        Assert.Equal(0, at.Nomogram.Terms[0].Value);
        Assert.Equal(1, above.Nomogram.Terms[0].Value);
        Assert.Equal(1.5, above.Nomogram.LinearPredictor - at.Nomogram.LinearPredictor, Tolerance);
    }

    [Fact]
    public void APhaseTheModelDoesNotUseIsNeitherNeededNorRead()
    {
        SelectedFeature[] arterialOnly = [TestPackages.TwoPhaseFeatures[0] with { Coefficient = 1 }];
        var scorer = new ModelScorer(TestPackages.Create(arterialOnly));
        var emptyMask = ImageVolume.Create(Brain1Mask.Geometry, new byte[Brain1Mask.VoxelCount]);
        var otherGrid = ImageVolume.Create(ImageGeometry.Unit(new Size3(2, 2, 2)), new short[8]);

        var withoutVenous = scorer.Score(Brain1, null, Afp350);
        var withEmptyVenousMask = scorer.Score(Brain1, new PhaseInput(Brain1Image, emptyMask), Afp350);
        var withMismatchedVenous = scorer.Score(Brain1, new PhaseInput(Brain1Image, otherGrid), Afp350);

        Assert.Equal(["arterial"], scorer.PhasesUsed);
        Assert.Equal(-0.2 + (825.2354363065023 - 800) / 100, withoutVenous.Radscore.Value, 1e-12);
        Assert.Equal(withoutVenous.Radscore, withEmptyVenousMask.Radscore);
        Assert.Equal(withoutVenous.Radscore, withMismatchedVenous.Radscore);
        Assert.Equal(["arterial"], withEmptyVenousMask.Phases.Select(p => p.Phase));
        Assert.Equal(["arterial_original_firstorder_Mean"], withoutVenous.Drivers.Select(d => d.Name));
    }

    [Fact]
    public void APhaseTheModelUsesMustBeGiven()
    {
        var scorer = new ModelScorer(TestPackages.Create());

        var e = Assert.Throws<InvalidInputException>(() => scorer.Score(Brain1, null, Afp350));

        Assert.Equal("venous", e.Where);
        Assert.Contains("no venous phase was given", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyMaskInAUsedPhaseIsAnErrorNamingThePhase()
    {
        var emptyMask = ImageVolume.Create(Brain1Mask.Geometry, new byte[Brain1Mask.VoxelCount]);

        var e = Assert.Throws<InvalidInputException>(() =>
            new ModelScorer(TestPackages.Create()).Score(Brain1, new PhaseInput(Brain1Image, emptyMask), Afp350));

        Assert.StartsWith("venous phase:", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "afp_ng_ml", "needs afp_ng_ml (serum alpha-fetoprotein (AFP), ng/mL)")]
    [InlineData("afp_ng_ml", -1.0, "afp_ng_ml", "must be a number from 0")]
    [InlineData("afp_ng_ml", double.NaN, "afp_ng_ml", "must be a number from 0")]
    [InlineData("afp", 350.0, "afp", "unknown clinical variable 'afp'")]
    public void ClinicalValuesAreCheckedBeforeExtraction(string? name, double? value, string where, string message)
    {
        var clinical = name is null ? new Dictionary<string, double>() : new Dictionary<string, double> { [name] = value!.Value };
        var unusable = ImageVolume.Create(ImageGeometry.Unit(new Size3(2, 2, 2)), new short[8]);

        // The phases would fail extraction: the clinical error must come first.
        var e = Assert.Throws<InvalidInputException>(() =>
            new ModelScorer(TestPackages.Create()).Score(new PhaseInput(unusable, unusable), new PhaseInput(unusable, unusable), clinical));

        Assert.Equal(where, e.Where);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnInvalidPackageIsRefusedByTheScorer()
    {
        var package = TestPackages.Create() with { Nomogram = TestPackages.Create().Nomogram with { Cutoff = double.NaN } };

        var e = Assert.Throws<InvalidInputException>(() => new ModelScorer(package));

        Assert.Equal("nomogram.cutoff", e.Where);
    }

    [Fact]
    public void WarningsFireForSpacingVolumeAndFarOutlyingFeatures()
    {
        var features = TestPackages.TwoPhaseFeatures.ToList();
        features[0] = features[0] with { Mean = 300, Sd = 100 }; // z ≈ +5.3
        var package = TestPackages.Create(features) with
        {
            TrainingRanges = new TrainingRanges([0.5, 0.5, 1], [1, 1, 5], VoiMlMin: 1, VoiMlMax: 10),
        };

        var result = new ModelScorer(package).Score(Brain1, Brain1, Afp350);

        var codes = result.Warnings.Select(w => (w.Code, w.Subject)).ToList();
        Assert.Equal(
        [
            (ScoreWarnings.VoiVolumeOutsideTraining, "arterial"),
            (ScoreWarnings.SpacingOutsideTraining, "arterial"),
            (ScoreWarnings.VoiVolumeOutsideTraining, "venous"),
            (ScoreWarnings.SpacingOutsideTraining, "venous"),
            (ScoreWarnings.FeatureFarOutsideTraining, "arterial_original_firstorder_Mean"),
        ], codes);
        Assert.Contains("6.5 mm voxel spacing in z", result.Warnings[1].Message, StringComparison.Ordinal);
        Assert.Contains("far outside the training range", result.Warnings[4].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASmallVoiWarns()
    {
        // A 4x4x4 cube of 2.5 x 2.5 x 1.25 mm voxels: 64 voxels, exactly 0.5 mL, the smallest VOI without a warning.
        var (image, mask) = Cube(new Vec3(2.5, 2.5, 1.25), 4, 4, 4);
        var (smallImage, smallMask) = Cube(new Vec3(2.5, 2.5, 1.25), 4, 4, 3);
        SelectedFeature[] features = [new("arterial_original_firstorder_Mean", 250, 100, 1, 0, 500)];
        var package = TestPackages.Create(features) with { TrainingRanges = new TrainingRanges([0.5, 0.5, 1], [3, 3, 3], 0, 10) };
        var scorer = new ModelScorer(package);

        var atMinimum = scorer.Score(new PhaseInput(image, mask), null, Afp350);
        var small = scorer.Score(new PhaseInput(smallImage, smallMask), null, Afp350);

        Assert.Equal((64L, 0.5), (atMinimum.Phases[0].Voxels, atMinimum.Phases[0].VolumeMl));
        Assert.Empty(atMinimum.Warnings);
        Assert.Equal([ScoreWarnings.VoiTooSmall], small.Warnings.Select(w => w.Code));
        Assert.Contains("0.375 mL (48 voxels)", small.Warnings[0].Message, StringComparison.Ordinal);
    }

    /// <summary>A textured block with a cube VOI of the given voxel extent at its centre.</summary>
    private static (ImageVolume Image, ImageVolume Mask) Cube(Vec3 spacing, int nx, int ny, int nz)
    {
        var size = new Size3(nx + 4, ny + 4, nz + 4);
        var geometry = new ImageGeometry(size, spacing, default, Matrix3.Identity);
        var image = new short[size.VoxelCount];
        var mask = new byte[size.VoxelCount];
        for (var z = 0; z < size.Z; z++)
        {
            for (var y = 0; y < size.Y; y++)
            {
                for (var x = 0; x < size.X; x++)
                {
                    var i = x + size.X * (y + size.Y * z);
                    image[i] = (short)(60 + 37 * ((x * 7 + y * 3 + z * 5) % 11));
                    mask[i] = x >= 2 && x < nx + 2 && y >= 2 && y < ny + 2 && z >= 2 && z < nz + 2 ? (byte)1 : (byte)0;
                }
            }
        }

        return (ImageVolume.Create(geometry, image), ImageVolume.Create(geometry, mask));
    }
}
