using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Radiomics.Extraction;

namespace SlicerBridge.Cli.Commands;

/// <summary>
/// <c>slicerbridge score</c>: a tumour's radscore, nomogram probability, risk groups, drivers and warnings,
/// from a model package and the two phases, or from the published nomogram and a given radscore.
/// </summary>
internal static class ScoreCommand
{
    private const int DriversShown = 5;

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(TextWriter output)
    {
        var model = new Option<string?>("--model") { Description = "Model package (*.model.json)" };
        var arterial = new Option<string?>("--arterial") { Description = "Arterial-phase image (.nrrd, .nhdr, .nii, .nii.gz); read only if the model has arterial features" };
        var arterialMask = new Option<string?>("--arterial-mask") { Description = "Arterial-phase label map (the tumour VOI)" };
        var venous = new Option<string?>("--venous") { Description = "Portal-venous-phase image; read only if the model has venous features" };
        var venousMask = new Option<string?>("--venous-mask") { Description = "Portal-venous-phase label map (the tumour VOI)" };
        var label = new Option<int?>("--label") { Description = "VOI label in both masks (default: the model's parameter file, else 1)" };
        var afp = new Option<double?>("--afp") { Description = "Serum AFP in ng/mL" };
        var published = new Option<bool>("--published-nomogram")
        {
            Description = "Use the published nomogram (He et al. 2025) on a radscore given with --radscore; valid only for a radscore on the paper's scale",
        };
        var radscore = new Option<double?>("--radscore") { Description = "Radscore to score with --published-nomogram" };
        var format = new Option<string>("--format") { Description = "text or json", DefaultValueFactory = _ => "text" };
        var outPath = new Option<string?>("--out") { Description = "Output file (default: standard output)" };
        var maxMemory = CommonOptions.MaxMemory();

        var command = new Command("score", "Score a tumour: radscore, nomogram probability, risk group, drivers and warnings")
        {
            model, arterial, arterialMask, venous, venousMask, label, afp, published, radscore, format, outPath, maxMemory,
        };

        command.SetAction(parse =>
        {
            var formatName = parse.GetValue(format)!.ToLowerInvariant();
            if (formatName is not ("text" or "json"))
            {
                throw new InvalidInputException($"unknown format '{formatName}' (expected text or json)", "--format");
            }

            var clinical = new Dictionary<string, double>(StringComparer.Ordinal);
            if (parse.GetValue(afp) is { } afpValue)
            {
                clinical[ClinicalVariables.AfpNgMl.Name] = afpValue;
            }

            ScoreResult result;
            if (parse.GetValue(published))
            {
                if (parse.GetValue(model) is not null)
                {
                    throw new InvalidInputException("use either --published-nomogram or --model, not both", "--published-nomogram");
                }

                var value = parse.GetValue(radscore) ?? throw new InvalidInputException("--radscore is required with --published-nomogram", "--radscore");
                RequireClinical(PublishedNomogram.Nomogram, clinical);
                result = PublishedNomogram.Score(value, clinical);
            }
            else
            {
                var modelPath = parse.GetValue(model) ?? throw new InvalidInputException("--model is required (or --published-nomogram)", "--model");
                if (parse.GetValue(radscore) is not null)
                {
                    throw new InvalidInputException("--radscore is only for --published-nomogram; a model computes its own", "--radscore");
                }

                var scorer = new ModelScorer(ModelPackageSerializer.Read(modelPath));
                RequireClinical(scorer.Package.Nomogram, clinical);
                var limits = CommonOptions.Limits(parse.GetValue(maxMemory));
                var phaseLabel = parse.GetValue(label);

                // Only the phases the model has features from are read.
                PhaseInput? Phase(string phase, Option<string?> image, Option<string?> mask)
                {
                    if (!scorer.PhasesUsed.Contains(phase))
                    {
                        return null;
                    }

                    var imagePath = parse.GetValue(image)
                        ?? throw new InvalidInputException($"{image.Name} is required: the model uses {phase}-phase features", image.Name);
                    var maskPath = parse.GetValue(mask)
                        ?? throw new InvalidInputException($"{mask.Name} is required: the model uses {phase}-phase features", mask.Name);
                    return new PhaseInput(VolumeIO.Read(imagePath, limits), VolumeIO.Read(maskPath, limits), phaseLabel, imagePath);
                }

                result = scorer.Score(
                    Phase(TwoPhaseFeatureName.Arterial, arterial, arterialMask),
                    Phase(TwoPhaseFeatureName.Venous, venous, venousMask),
                    clinical);
            }

            Action<TextWriter> write = formatName == "json"
                ? w => w.Write(JsonSerializer.Serialize(result, Json) + "\n")
                : w => WriteText(result, w);
            if (parse.GetValue(outPath) is { } path)
            {
                AtomicFile.WriteText(path, write);
            }
            else
            {
                write(output);
            }

            return CliApp.Success;
        });
        return command;
    }

    /// <summary>Names the command-line option for a clinical value the nomogram needs, before any image is read.</summary>
    private static void RequireClinical(NomogramModel nomogram, Dictionary<string, double> clinical)
    {
        if (NomogramCalculator.ClinicalVariablesOf(nomogram).Contains(ClinicalVariables.AfpNgMl.Name) && !clinical.ContainsKey(ClinicalVariables.AfpNgMl.Name))
        {
            throw new InvalidInputException("--afp is required: the nomogram uses serum AFP (ng/mL)", "--afp");
        }

        NomogramCalculator.CheckClinical(nomogram, clinical);
    }

    /// <summary>The radiologist's view: the answer first, then why, then what to be careful about.</summary>
    private static void WriteText(ScoreResult result, TextWriter w)
    {
        var notice = result.Notice?.ToUpperInvariant();
        if (notice is not null)
        {
            w.WriteLine($"*** {notice} ***");
        }

        var nomogram = result.Nomogram;
        w.WriteLine($"Model          {result.Model.Id} {result.Model.Version}" + (result.Model.Sha256 is { } sha ? $" (sha256 {sha[..12]})" : ""));
        w.WriteLine($"Intended use   {result.Model.IntendedUse}");
        w.WriteLine();
        w.WriteLine($"Probability    {(100 * nomogram.Probability).ToString("0.0", CultureInfo.InvariantCulture)} %");
        w.WriteLine($"Risk group     {Group(nomogram.RiskGroup)} (nomogram {F(nomogram.LinearPredictor)} {Compare(nomogram.RiskGroup)} cut-off {F(nomogram.Cutoff)})");
        w.WriteLine($"Radscore       {F(result.Radscore.Value)} {Group(result.Radscore.RiskGroup)} ({Compare(result.Radscore.RiskGroup)} cut-off {F(result.Radscore.Cutoff)})");
        var terms = nomogram.Terms.Select(t => t.Threshold is { } threshold
            ? $"{Signed(t.Contribution)} {t.Name} ({t.Variable} {F(t.Input)} {(t.Value > 0 ? ">" : "<=")} {F(threshold)})"
            : $"{Signed(t.Contribution)} {t.Name}");
        w.WriteLine($"Nomogram       {F(nomogram.LinearPredictor)} = {F(nomogram.Intercept)} {string.Join(" ", terms)}");

        if (result.Drivers.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("Top drivers (contribution to the radscore = coefficient x z)");
            var width = result.Drivers.Take(DriversShown).Max(d => d.Name.Length);
            foreach (var d in result.Drivers.Take(DriversShown))
            {
                w.WriteLine($"  {Signed(d.Contribution),7}  {d.Name.PadRight(width)}  value {d.Value.ToString("G6", CultureInfo.InvariantCulture)}, z {Signed(d.Z)}");
            }

            if (result.Drivers.Count > DriversShown)
            {
                w.WriteLine($"  ... {result.Drivers.Count - DriversShown} more in --format json");
            }
        }

        w.WriteLine();
        if (result.Warnings.Count == 0)
        {
            w.WriteLine("Warnings       none");
        }
        else
        {
            w.WriteLine("Warnings");
            foreach (var warning in result.Warnings)
            {
                w.WriteLine($"  ! {warning.Message} [{warning.Code}]");
            }
        }

        foreach (var voi in result.Phases)
        {
            var spacing = string.Join(" x ", voi.SpacingMm.Select(s => s.ToString("0.###", CultureInfo.InvariantCulture)));
            w.WriteLine($"VOI {voi.Phase,-10} {voi.Voxels} voxels, {voi.VolumeMl.ToString("0.00", CultureInfo.InvariantCulture)} mL, spacing {spacing} mm");
        }

        w.WriteLine($"Scored in {result.Timing.TotalMs.ToString("0", CultureInfo.InvariantCulture)} ms");
        if (notice is not null)
        {
            w.WriteLine($"*** {notice} ***");
        }
    }

    private static string Group(RiskGroup group) => group == RiskGroup.High ? "HIGH" : "LOW";

    private static string Compare(RiskGroup group) => group == RiskGroup.High ? ">" : "<=";

    private static string F(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Signed(double value) => value.ToString("+0.000;-0.000;+0.000", CultureInfo.InvariantCulture);
}
