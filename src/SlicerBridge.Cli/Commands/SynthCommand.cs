using System.CommandLine;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Synthetic;
using Spectre.Console;

namespace SlicerBridge.Cli.Commands;

/// <summary>
/// <c>slicerbridge synth</c>: a synthetic two-phase liver CT cohort (images, two readers' masks, repeat reads,
/// manifests, TACE outcomes), or with <c>--patient</c> a single patient, for demos, tests and trying the
/// retraining workflow without patient data.
/// </summary>
internal static class SynthCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var outDir = new Option<string>("--out") { Description = "Output folder (created; must be empty unless --force)", Required = true };
        var study = new Option<bool>("--study-size") { Description = "The study's sizes: 126 train, 54 validation, outcome cohorts of 54 and 80" };
        var seed = new Option<int?>("--seed") { Description = $"Master seed (default {SyntheticCohortOptions.Demo.Seed}); the same seed gives byte-identical files" };
        var train = new Option<int?>("--train") { Description = "Training patients (default 40)" };
        var validation = new Option<int?>("--validation") { Description = "Validation patients (default 20)" };
        var outcomes = new Option<int?>("--outcomes") { Description = "Patients in one TACE outcome cohort (default 30)" };
        var force = new Option<bool>("--force") { Description = "Write into a non-empty folder, replacing files of the same name" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Patients generated in parallel", DefaultValueFactory = _ => Environment.ProcessorCount };
        var patient = new Option<string?>("--patient") { Description = "Generate only this one patient (id) into --out, with --seed as its seed" };
        var proliferative = new Option<bool>("--proliferative") { Description = "With --patient: a proliferative HCC" };
        var afp = new Option<double?>("--afp") { Description = "With --patient: serum AFP in ng/mL (default: drawn)" };

        var command = new Command("synth", "Generate synthetic two-phase liver CT data (not patient data)")
        {
            outDir, study, seed, train, validation, outcomes, force, jobs, patient, proliferative, afp,
        };

        command.SetAction(parse =>
        {
            var folder = parse.GetValue(outDir)!;
            if (parse.GetValue(patient) is { } id)
            {
                if (parse.GetValue(study) || parse.GetValue(train) is not null || parse.GetValue(validation) is not null || parse.GetValue(outcomes) is not null)
                {
                    throw new InvalidInputException("--patient generates one patient; cohort sizes do not apply", "--patient");
                }

                var spec = SyntheticPatientSpec.Draw(id, parse.GetValue(seed) ?? SyntheticCohortOptions.Demo.Seed, parse.GetValue(proliferative), parse.GetValue(afp));
                SyntheticCohortGenerator.GeneratePatient(spec, folder, parse.GetValue(force));
                output.WriteLine($"wrote synthetic patient {spec.Id} to {folder}");
                return CliApp.Success;
            }

            if (parse.GetValue(proliferative) || parse.GetValue(afp) is not null)
            {
                throw new InvalidInputException("--proliferative and --afp apply to a single --patient", parse.GetValue(afp) is null ? "--proliferative" : "--afp");
            }

            var options = parse.GetValue(study) ? SyntheticCohortOptions.Study : SyntheticCohortOptions.Demo;
            options = options with
            {
                Seed = parse.GetValue(seed) ?? options.Seed,
                Train = parse.GetValue(train) ?? options.Train,
                Validation = parse.GetValue(validation) ?? options.Validation,
                OutcomeCohorts = parse.GetValue(outcomes) is { } n ? [n] : options.OutcomeCohorts,
                MaxDegreeOfParallelism = parse.GetValue(jobs) >= 1 ? parse.GetValue(jobs) : throw new InvalidInputException("--jobs must be at least 1", "--jobs"),
                Overwrite = parse.GetValue(force),
            };
            options = options with { RepeatReads = Math.Min(options.RepeatReads, options.Train) };

            var cases = ShowsProgress(error) ? GenerateWithProgress(options, folder) : SyntheticCohortGenerator.Generate(options, folder);
            output.WriteLine(
                $"wrote {cases.Count} synthetic patients to {folder} (train {options.Train}, validation {options.Validation}, " +
                $"outcome cohorts {string.Join(" + ", options.OutcomeCohorts)}; seed {options.Seed})");
            return CliApp.Success;
        });
        return command;
    }

    private static bool ShowsProgress(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    private static IReadOnlyList<SyntheticCase> GenerateWithProgress(SyntheticCohortOptions options, string folder)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        IReadOnlyList<SyntheticCase> cases = [];
        var total = options.Train + options.Validation + options.OutcomeCohorts.Sum();
        console.Progress().Start(context =>
        {
            var task = context.AddTask("generating", maxValue: total);
            // Reported synchronously from the worker threads; ProgressTask.Increment is thread-safe.
            cases = SyntheticCohortGenerator.Generate(options, folder, new FinishedPatients(task));
        });
        return cases;
    }

    private sealed class FinishedPatients(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Increment(1);
    }
}
