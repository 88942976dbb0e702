using System.CommandLine;
using SlicerBridge.Cli.Batch;
using SlicerBridge.Cli.Output;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Settings;
using Spectre.Console;

namespace SlicerBridge.Cli.Commands;

/// <summary><c>slicerbridge extract</c>: PyRadiomics-compatible features of one case or a batch of cases.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var image = new Option<string?>("--image") { Description = "Image file (.nrrd, .nhdr, .nii, .nii.gz)" };
        var mask = new Option<string?>("--mask") { Description = "Label map on the image's grid" };
        var label = new Option<int?>("--label") { Description = "Label to extract (default: the parameter file's, else 1)" };
        var parameters = new Option<string?>("--params") { Description = "PyRadiomics parameter file (YAML)" };
        var outPath = new Option<string?>("--out") { Description = "Output file (default: standard output)" };
        var format = new Option<string>("--format") { Description = "csv or json", DefaultValueFactory = _ => "csv" };
        var batch = new Option<string?>("--batch") { Description = "Batch file with columns ID, Image, Mask and optional Label" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Cases extracted in parallel (batch)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var arterial = new Option<string?>("--arterial") { Description = "Arterial-phase image (two-phase extraction)" };
        var arterialMask = new Option<string?>("--arterial-mask") { Description = "Arterial-phase label map" };
        var venous = new Option<string?>("--venous") { Description = "Portal-venous-phase image (two-phase extraction)" };
        var venousMask = new Option<string?>("--venous-mask") { Description = "Portal-venous-phase label map" };
        var maxMemory = CommonOptions.MaxMemory();

        var command = new Command("extract", "Extract radiomic features with PyRadiomics' definitions")
        {
            image, mask, label, parameters, outPath, format, batch, jobs, arterial, arterialMask, venous, venousMask, maxMemory,
        };

        command.SetAction(parse =>
        {
            var limits = CommonOptions.Limits(parse.GetValue(maxMemory));
            var extractor = new RadiomicsExtractor(parse.GetValue(parameters) is { } p ? ParameterFile.Load(p) : ExtractionParameters.Default);
            var formatName = parse.GetValue(format)!.ToLowerInvariant();
            if (parse.GetValue(batch) is { } batchFile)
            {
                if (parse.GetValue(image) is not null || parse.GetValue(mask) is not null)
                {
                    throw new InvalidInputException("use either --batch or --image/--mask, not both", "--batch");
                }

                return RunBatch(extractor, BatchManifest.Load(batchFile), limits, parse.GetValue(jobs), formatName, parse.GetValue(outPath), output, error);
            }

            ExtractionResult result;
            if (parse.GetValue(arterial) is not null || parse.GetValue(venous) is not null)
            {
                if (parse.GetValue(image) is not null)
                {
                    throw new InvalidInputException("use either --image/--mask or --arterial/--venous, not both", "--image");
                }

                var twoPhase = new TwoPhaseExtractor(extractor.Parameters);
                result = twoPhase.Execute(
                    Phase(parse.GetValue(arterial), parse.GetValue(arterialMask), "--arterial", parse.GetValue(label), limits),
                    Phase(parse.GetValue(venous), parse.GetValue(venousMask), "--venous", parse.GetValue(label), limits));
            }
            else
            {
                var imagePath = parse.GetValue(image) ?? throw new InvalidInputException("--image is required (or --arterial/--venous, or --batch)", "--image");
                var maskPath = parse.GetValue(mask) ?? throw new InvalidInputException("--mask is required with --image", "--mask");
                result = extractor.Execute(VolumeIO.Read(imagePath, limits), VolumeIO.Read(maskPath, limits), parse.GetValue(label), where: imagePath);
            }

            FeatureWriter.Write(result, formatName, parse.GetValue(outPath), output);
            return CliApp.Success;
        });
        return command;
    }

    private static PhaseInput Phase(string? imagePath, string? maskPath, string option, int? label, ImagingLimits limits)
    {
        var image = imagePath ?? throw new InvalidInputException($"{option} is required for two-phase extraction", option);
        var mask = maskPath ?? throw new InvalidInputException($"{option}-mask is required with {option}", option + "-mask");
        return new PhaseInput(VolumeIO.Read(image, limits), VolumeIO.Read(mask, limits), label, image);
    }

    private static int RunBatch(RadiomicsExtractor extractor, IReadOnlyList<BatchCase> cases, ImagingLimits limits, int jobs,
        string format, string? outPath, TextWriter output, TextWriter error)
    {
        if (format != "csv")
        {
            throw new InvalidInputException("batch output is a wide CSV; use --format csv", "--format");
        }

        var runner = new BatchRunner(extractor, limits, jobs);
        var outcomes = ShowsProgress(error)
            ? RunWithProgress(runner, cases)
            : runner.Run(cases);

        foreach (var failed in outcomes.Where(o => o.Error is not null))
        {
            error.WriteLine($"error: case {failed.Case.Id}: {failed.Error}");
        }

        if (outPath is null)
        {
            WideTable.Write(outcomes, output);
        }
        else if (outcomes.Any(o => o.Result is not null))
        {
            AtomicFile.WriteText(outPath, w => WideTable.Write(outcomes, w));
        }

        var failures = outcomes.Count(o => o.Error is not null);
        if (failures > 0)
        {
            error.WriteLine($"error: {failures} of {outcomes.Count} cases failed; the others were written");
            return CliApp.BadInput;
        }

        return CliApp.Success;
    }

    private static bool ShowsProgress(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    private static IReadOnlyList<BatchOutcome> RunWithProgress(BatchRunner runner, IReadOnlyList<BatchCase> cases)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IReadOnlyList<BatchOutcome> outcomes = [];
        console.Progress().Start(context =>
        {
            var task = context.AddTask("extracting", maxValue: cases.Count);
            outcomes = runner.Run(cases, _ => task.Increment(1));
        });
        return outcomes;
    }
}
