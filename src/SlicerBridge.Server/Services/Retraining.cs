using System.Globalization;
using System.Threading.Channels;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Cohorts;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Training;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Server.Errors;
using SlicerBridge.Server.Hosting;
using SlicerBridge.Server.Registry;
using SlicerBridge.Server.V1;

namespace SlicerBridge.Server.Services;

/// <summary>
/// RetrainModel: the training pipeline of <c>slicerbridge train</c> on a cohort manifest in the server's
/// training folder, with progress streamed as it goes. The new package is written to the model folder
/// (not activated: an administrator activates it after reviewing it).
/// </summary>
public sealed class Retraining(ServerOptions options, ModelRegistry registry)
{
    /// <summary>Runs the pipeline, writing progress to <paramref name="progress"/>; returns the new package's path.</summary>
    public string Run(RetrainModelRequest request, ChannelWriter<RetrainModelResponse> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (manifestPath, models) = Paths(request.ManifestPath);
        var parameters = Parameters();
        var id = string.IsNullOrWhiteSpace(request.ModelId) ? "hcc-proliferative" : request.ModelId;
        var version = string.IsNullOrWhiteSpace(request.ModelVersion) ? "1.0.0" : request.ModelVersion;
        var packagePath = Path.Combine(models, $"{id}-{version}.model.json");
        if (File.Exists(packagePath))
        {
            throw Failures.FailedPrecondition($"model {id} {version} already exists; give a new model_version");
        }

        Report(progress, "validating", 0, "checking the cohort manifest");
        var manifest = Bad(() => CohortManifest.Load(manifestPath, new CohortColumnsOptions("proliferative", [ClinicalTerm.AfpAbove200.Variable], 10, true)));
        var extractor = new CohortFeatureExtractor(parameters, Path.Combine(models, "cache"));
        var total = CohortFeatureExtractor.UnitCount(manifest);
        var done = 0;
        var gate = new Lock();
        var cohort = Bad(() => extractor.Extract(manifest, Math.Max(1, options.MaxConcurrent), () =>
        {
            cancellationToken.ThrowIfCancellationRequested();

            // Extractions finish on several threads; counting and reporting together keeps progress monotonic.
            lock (gate)
            {
                done++;
                Report(progress, "extracting", 0.9 * ((double)done / total), $"{done} of {total} phase extractions");
            }
        }));

        Report(progress, "training", 0.9, "screening, LASSO with cross-validation, nomogram, metrics");
        var created = File.GetLastWriteTimeUtc(manifestPath).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var result = Bad(() => TrainingPipeline.Run(cohort, new TrainingOptions
        {
            Name = id,
            Version = version,
            Created = created,
            Seed = request.Seed == 0 ? 1 : request.Seed,
        }));
        cancellationToken.ThrowIfCancellationRequested();
        ModelPackageSerializer.Write(result.Package, packagePath);
        return packagePath;
    }

    private (string Manifest, string Models) Paths(string requested)
    {
        var training = options.TrainingDirectory is { } folder ? Path.GetFullPath(folder) : null;
        var models = registry.Directory;
        if (training is null || models is null)
        {
            throw Failures.FailedPrecondition("retraining needs a training folder (SlicerBridge:TrainingDirectory) and a model folder (--models)");
        }

        if (string.IsNullOrWhiteSpace(requested))
        {
            throw Failures.InvalidArgument("manifest_path", "a cohort manifest path inside the server's training folder is required");
        }

        var manifest = Path.GetFullPath(Path.Combine(training, requested));
        if (!manifest.StartsWith(training.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw Failures.InvalidArgument("manifest_path", "the manifest must lie inside the server's training folder");
        }

        return File.Exists(manifest)
            ? (manifest, models)
            : throw Failures.InvalidArgument("manifest_path", "no such manifest in the training folder");
    }

    /// <summary>The server's parameter file, else the active model's, so a retrained model extracts as the current one.</summary>
    private ExtractionParameters Parameters()
    {
        if (options.ParametersFile is { } file)
        {
            return ParameterFile.Load(file);
        }

        return registry.Active() is { } active
            ? ParameterFile.Parse(active.Package.Extraction.ParametersYaml)
            : throw Failures.FailedPrecondition("retraining needs extraction settings: start the server with --params or activate a model");
    }

    private static T Bad<T>(Func<T> step)
    {
        try
        {
            return step();
        }
        catch (InvalidInputException e)
        {
            throw Failures.InvalidArgument(e.Where ?? "manifest_path", e.Message);
        }
        catch (Statistics.StatisticsInputException e)
        {
            throw Failures.FailedPrecondition($"the cohort cannot be trained on: {e.Message}");
        }
    }

    private static void Report(ChannelWriter<RetrainModelResponse> progress, string stage, double fraction, string message) =>
        progress.TryWrite(new RetrainModelResponse { Stage = stage, FractionDone = fraction, Message = message });
}
