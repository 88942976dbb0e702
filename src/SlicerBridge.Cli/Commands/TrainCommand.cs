using System.CommandLine;
using System.Globalization;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Modeling.Cohorts;
using SlicerBridge.Modeling.FeatureTables;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Training;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Reporting.Training;
using SlicerBridge.Statistics.Lasso;
using Spectre.Console;

namespace SlicerBridge.Cli.Commands;

/// <summary>
/// <c>slicerbridge train</c>: retrains the radscore and nomogram on local data, from images through a cohort
/// manifest (<c>--cohort</c>) or from a PyRadiomics feature table (<c>--features</c> with a clinical table),
/// and writes <c>DIR/&lt;name&gt;.model.json</c>, <c>DIR/features.csv</c> and <c>DIR/report.html</c>.
/// The package's <c>created</c> time is <c>--created</c>, else <c>SOURCE_DATE_EPOCH</c>, else the last-write
/// time (UTC) of the manifest or feature table: never the clock, so a rerun gives the same bytes.
/// </summary>
internal static class TrainCommand
{
    public const string SourceDateEpoch = "SOURCE_DATE_EPOCH";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var cohort = new Option<string?>("--cohort") { Description = "Cohort manifest (CSV): id, split, arterial_image, arterial_mask, venous_image, venous_mask, outcome, clinical columns" };
        var features = new Option<string?>("--features") { Description = "PyRadiomics-style wide feature table (CSV with an ID column), instead of --cohort" };
        var parameters = new Option<string>("--params") { Description = "PyRadiomics parameter file (YAML) the features are (or were) extracted with; embedded in the package", Required = true };
        var outDir = new Option<string>("--out") { Description = "Output folder (created if missing); its cache/ folder keeps extracted features", Required = true };
        var name = new Option<string>("--name") { Description = "Model id, also the package file name", DefaultValueFactory = _ => "hcc-proliferative" };
        var version = new Option<string>("--model-version") { Description = "Package version", DefaultValueFactory = _ => "1.0.0" };
        var seed = new Option<int>("--seed") { Description = "Seed of the stratified cross-validation folds", DefaultValueFactory = _ => 1 };
        var created = new Option<string?>("--created") { Description = $"Training time written into the package (ISO 8601); default ${SourceDateEpoch}, else the input file's last-write time" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Extractions run in parallel", DefaultValueFactory = _ => Environment.ProcessorCount };
        var engine = new Option<string>("--engine") { Description = "LASSO solver: mlnet (Microsoft.ML) or exact (glmnet's coordinate descent)", DefaultValueFactory = _ => "mlnet" };
        var icc = new Option<double>("--icc-threshold") { Description = "Keep features with ICC above this in every repeated-read set", DefaultValueFactory = _ => 0.75 };
        var corr = new Option<double>("--corr-threshold") { Description = "Drop the later feature of a pair with |Pearson r| above this", DefaultValueFactory = _ => 0.9 };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds when the data give none", DefaultValueFactory = _ => 10 };
        var clinical = new Option<string[]>("--clinical")
        {
            Description = "Nomogram clinical terms: a column, or column>threshold (default afp_ng_ml>200, coded afp_gt_200). With --features, also the clinical table (a .csv file)",
            AllowMultipleArgumentsPerToken = true,
        };
        var outcome = new Option<string>("--outcome") { Description = "Outcome column (0/1)", DefaultValueFactory = _ => "proliferative" };
        var demonstration = new Option<bool>("--demonstration") { Description = "Mark the model as trained on synthetic data, for demonstration only" };
        var maxMemory = CommonOptions.MaxMemory();

        var command = new Command("train", "Train the radscore and nomogram on local cases; writes the model package, feature table and report")
        {
            cohort, features, parameters, outDir, name, version, seed, created, jobs, engine, icc, corr, folds, clinical, outcome, demonstration, maxMemory,
        };

        command.SetAction(parse =>
        {
            var (terms, clinicalTable) = Clinical(parse.GetValue(clinical) ?? [], parse.GetValue(features) is not null);
            var folder = parse.GetValue(outDir)!;
            var columns = new CohortColumnsOptions(parse.GetValue(outcome)!, terms.Select(t => t.Variable).Distinct().ToArray(), parse.GetValue(folds), true);
            var options = new TrainingOptions
            {
                Name = ModelName(parse.GetValue(name)!),
                Version = parse.GetValue(version)!,
                Created = "",
                Seed = parse.GetValue(seed),
                Engine = Engine(parse.GetValue(engine)!),
                IccThreshold = parse.GetValue(icc),
                CorrelationThreshold = parse.GetValue(corr),
                Folds = parse.GetValue(folds),
                Clinical = terms,
                Outcome = columns.Outcome,
                Demonstration = parse.GetValue(demonstration),
            };

            TrainingCohort data;
            string input;
            if (parse.GetValue(cohort) is { } manifestPath)
            {
                if (parse.GetValue(features) is not null)
                {
                    throw new InvalidInputException("use either --cohort or --features, not both", "--features");
                }

                var extraction = ParameterFile.Load(parse.GetValue(parameters)!);
                var manifest = CohortManifest.Load(manifestPath, columns);
                Directory.CreateDirectory(folder);
                var extractor = new CohortFeatureExtractor(extraction, Path.Combine(folder, "cache"), CommonOptions.Limits(parse.GetValue(maxMemory)));
                data = Extract(extractor, manifest, parse.GetValue(jobs), error);
                output.WriteLine($"extraction: {extractor.Cache.Hits + extractor.Cache.Misses} phase extractions, {extractor.Cache.Hits} from the cache, {extractor.Cache.Misses} computed");
                input = manifestPath;
            }
            else if (parse.GetValue(features) is { } featuresPath)
            {
                var clinicalPath = clinicalTable ?? throw new InvalidInputException("--features needs the clinical table: --clinical clinical.csv", "--clinical");
                var yaml = ParameterFile.Load(parse.GetValue(parameters)!).SourceText ?? "";
                data = FeatureTableCohort.Load(featuresPath, clinicalPath, columns, yaml);
                Directory.CreateDirectory(folder);
                input = featuresPath;
            }
            else
            {
                throw new InvalidInputException("give the cases with --cohort manifest.csv, or --features table.csv --clinical clinical.csv", "--cohort");
            }

            var result = TrainingPipeline.Run(data, options with { Created = Created(parse.GetValue(created), input) });

            // Checked before anything is written, so a package the scorer would refuse leaves no outputs behind.
            ModelPackageValidator.Validate(result.Package);
            FeatureTableWriter.Write(data.Features, Path.Combine(folder, "features.csv"));
            AtomicFile.WriteText(Path.Combine(folder, "report.html"), w => w.Write(TrainingReport.Render(result)));
            var packagePath = Path.Combine(folder, options.Name + ".model.json");
            ModelPackageSerializer.Write(result.Package, packagePath);

            var train = result.Train;
            output.WriteLine($"selected {result.Package.Features.Count} features at lambda.min = {result.Lasso.LambdaMin.ToString("G6", CultureInfo.InvariantCulture)}");
            output.WriteLine($"training AUC: radscore {Auc(train.Radscore)}, nomogram {Auc(train.Nomogram)}");
            if (result.Validation is { } v)
            {
                output.WriteLine($"validation AUC: radscore {Auc(v.Radscore)}, nomogram {Auc(v.Nomogram)}");
            }

            output.WriteLine($"wrote {packagePath}");
            return CliApp.Success;
        });
        return command;
    }

    /// <summary>The training time: the option, else SOURCE_DATE_EPOCH (seconds since 1970, UTC), else the input file's last write (UTC).</summary>
    internal static string Created(string? given, string inputPath)
    {
        DateTime utc;
        if (given is not null)
        {
            utc = DateTimeOffset.TryParse(given, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed.UtcDateTime
                : throw new InvalidInputException($"'{given}' is not an ISO 8601 date-time (e.g. 2026-11-28T12:00:00Z)", "--created");
        }
        else if (Environment.GetEnvironmentVariable(SourceDateEpoch) is { Length: > 0 } epoch)
        {
            utc = long.TryParse(epoch, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799
                ? DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime
                : throw new InvalidInputException($"{SourceDateEpoch} must be whole seconds since 1970-01-01", SourceDateEpoch);
        }
        else
        {
            utc = File.GetLastWriteTimeUtc(inputPath);
        }

        return utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
    }

    /// <summary>Terms, and with --features the one value naming a CSV file: the clinical table.</summary>
    private static (IReadOnlyList<ClinicalTerm> Terms, string? Table) Clinical(string[] values, bool featureMode)
    {
        var tables = values.Where(v => v.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)).ToArray();
        if (tables.Length > 1 || (tables.Length == 1 && !featureMode))
        {
            throw new InvalidInputException(
                featureMode ? "give one clinical table" : "a clinical table (.csv) is only read with --features; with --cohort the manifest holds the clinical columns", "--clinical");
        }

        var terms = values.Except(tables).Select(ClinicalTerm.Parse).ToArray();
        return (terms.Length == 0 ? [ClinicalTerm.AfpAbove200] : terms, tables.FirstOrDefault());
    }

    private static LassoSolver Engine(string name) => name.ToLowerInvariant() switch
    {
        "mlnet" => LassoSolver.MlNet,
        "exact" => LassoSolver.CoordinateDescent,
        _ => throw new InvalidInputException($"unknown engine '{name}' (mlnet or exact)", "--engine"),
    };

    /// <summary>The name becomes a file name: letters, digits, '-', '_' and '.' only.</summary>
    private static string ModelName(string name) =>
        name.Length > 0 && name.Length <= 100 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && name[0] != '.'
            ? name
            : throw new InvalidInputException("the model name may hold letters, digits, '-', '_' and '.', and not start with '.'", "--name");

    private static TrainingCohort Extract(CohortFeatureExtractor extractor, CohortManifest manifest, int jobs, TextWriter error)
    {
        if (!ReferenceEquals(error, Console.Error) || Console.IsErrorRedirected)
        {
            return extractor.Extract(manifest, jobs);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        TrainingCohort? data = null;
        console.Progress().Start(context =>
        {
            var task = context.AddTask("extracting", maxValue: CohortFeatureExtractor.UnitCount(manifest));
            data = extractor.Extract(manifest, jobs, () => task.Increment(1));
        });
        return data!;
    }

    private static string Auc(ModelEvaluation model) =>
        string.Create(CultureInfo.InvariantCulture, $"{model.Auc.Auc:F3} ({model.Auc.Lower:F3}-{model.Auc.Upper:F3})");
}
